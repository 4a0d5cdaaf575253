from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_offline_publish_error_response_model import (
    AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_offline_publish_model import (
    AlipayOpenMiniInnerversionOfflinePublishModel,
)
from ...models.alipay_open_mini_innerversion_offline_publish_response_model import (
    AlipayOpenMiniInnerversionOfflinePublishResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionOfflinePublishModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/offline/publish",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOfflinePublishResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionOfflinePublishResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_offline_publish_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_offline_publish_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_offline_publish_default_response_type_1 = AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_offline_publish_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOfflinePublishResponseModel
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
    body: AlipayOpenMiniInnerversionOfflinePublishModel,
) -> Response[
    AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOfflinePublishResponseModel
]:
    """Take the released version down

     Takes the released version of a mini program off the shelf; the app must be released.

    Args:
        body (AlipayOpenMiniInnerversionOfflinePublishModel): Request of
            `alipay.open.mini.innerversion.offline.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionOfflinePublishResponseModel]
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
    body: AlipayOpenMiniInnerversionOfflinePublishModel,
) -> (
    AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOfflinePublishResponseModel
    | None
):
    """Take the released version down

     Takes the released version of a mini program off the shelf; the app must be released.

    Args:
        body (AlipayOpenMiniInnerversionOfflinePublishModel): Request of
            `alipay.open.mini.innerversion.offline.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionOfflinePublishResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionOfflinePublishModel,
) -> Response[
    AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOfflinePublishResponseModel
]:
    """Take the released version down

     Takes the released version of a mini program off the shelf; the app must be released.

    Args:
        body (AlipayOpenMiniInnerversionOfflinePublishModel): Request of
            `alipay.open.mini.innerversion.offline.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionOfflinePublishResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionOfflinePublishModel,
) -> (
    AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOfflinePublishResponseModel
    | None
):
    """Take the released version down

     Takes the released version of a mini program off the shelf; the app must be released.

    Args:
        body (AlipayOpenMiniInnerversionOfflinePublishModel): Request of
            `alipay.open.mini.innerversion.offline.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionOfflinePublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionOfflinePublishResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
