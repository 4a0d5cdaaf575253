from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_backdev_publish_error_response_model import (
    AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_backdev_publish_model import (
    AlipayOpenMiniInnerversionBackdevPublishModel,
)
from ...models.alipay_open_mini_innerversion_backdev_publish_response_model import (
    AlipayOpenMiniInnerversionBackdevPublishResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionBackdevPublishModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/backdev/publish",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBackdevPublishResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionBackdevPublishResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_backdev_publish_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_backdev_publish_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_backdev_publish_default_response_type_1 = AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_backdev_publish_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBackdevPublishResponseModel
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionBackdevPublishModel,
) -> Response[
    AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBackdevPublishResponseModel
]:
    """Send a reviewed version back to development

     Returns a version that has been reviewed (approved or rejected) to development (`INIT`) so that it
    can be changed and submitted again.

    Args:
        body (AlipayOpenMiniInnerversionBackdevPublishModel): Request of
            `alipay.open.mini.innerversion.backdev.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionBackdevPublishResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionBackdevPublishModel,
) -> (
    AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBackdevPublishResponseModel
    | None
):
    """Send a reviewed version back to development

     Returns a version that has been reviewed (approved or rejected) to development (`INIT`) so that it
    can be changed and submitted again.

    Args:
        body (AlipayOpenMiniInnerversionBackdevPublishModel): Request of
            `alipay.open.mini.innerversion.backdev.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionBackdevPublishResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionBackdevPublishModel,
) -> Response[
    AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBackdevPublishResponseModel
]:
    """Send a reviewed version back to development

     Returns a version that has been reviewed (approved or rejected) to development (`INIT`) so that it
    can be changed and submitted again.

    Args:
        body (AlipayOpenMiniInnerversionBackdevPublishModel): Request of
            `alipay.open.mini.innerversion.backdev.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionBackdevPublishResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionBackdevPublishModel,
) -> (
    AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBackdevPublishResponseModel
    | None
):
    """Send a reviewed version back to development

     Returns a version that has been reviewed (approved or rejected) to development (`INIT`) so that it
    can be changed and submitted again.

    Args:
        body (AlipayOpenMiniInnerversionBackdevPublishModel): Request of
            `alipay.open.mini.innerversion.backdev.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionBackdevPublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionBackdevPublishResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
