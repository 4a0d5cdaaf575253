from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_online_publish_error_response_model import (
    AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_online_publish_model import (
    AlipayOpenMiniInnerversionOnlinePublishModel,
)
from ...models.alipay_open_mini_innerversion_online_publish_response_model import (
    AlipayOpenMiniInnerversionOnlinePublishResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionOnlinePublishModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/online/publish",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOnlinePublishResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionOnlinePublishResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_online_publish_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_online_publish_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_online_publish_default_response_type_1 = AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_online_publish_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOnlinePublishResponseModel
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
    body: AlipayOpenMiniInnerversionOnlinePublishModel,
) -> Response[
    AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOnlinePublishResponseModel
]:
    """Release a reviewed version

     Releases an approved version (or one in gray) to all users. `release_type` is `normal` (default) or
    `high` (high-assurance release); with `downgrade`, clients that hold a cached package open it and
    fetch the new one in the background. Some apps must go through gray first.

    Args:
        body (AlipayOpenMiniInnerversionOnlinePublishModel): Request of
            `alipay.open.mini.innerversion.online.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionOnlinePublishResponseModel]
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
    body: AlipayOpenMiniInnerversionOnlinePublishModel,
) -> (
    AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOnlinePublishResponseModel
    | None
):
    """Release a reviewed version

     Releases an approved version (or one in gray) to all users. `release_type` is `normal` (default) or
    `high` (high-assurance release); with `downgrade`, clients that hold a cached package open it and
    fetch the new one in the background. Some apps must go through gray first.

    Args:
        body (AlipayOpenMiniInnerversionOnlinePublishModel): Request of
            `alipay.open.mini.innerversion.online.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionOnlinePublishResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionOnlinePublishModel,
) -> Response[
    AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOnlinePublishResponseModel
]:
    """Release a reviewed version

     Releases an approved version (or one in gray) to all users. `release_type` is `normal` (default) or
    `high` (high-assurance release); with `downgrade`, clients that hold a cached package open it and
    fetch the new one in the background. Some apps must go through gray first.

    Args:
        body (AlipayOpenMiniInnerversionOnlinePublishModel): Request of
            `alipay.open.mini.innerversion.online.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionOnlinePublishResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionOnlinePublishModel,
) -> (
    AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOnlinePublishResponseModel
    | None
):
    """Release a reviewed version

     Releases an approved version (or one in gray) to all users. `release_type` is `normal` (default) or
    `high` (high-assurance release); with `downgrade`, clients that hold a cached package open it and
    fetch the new one in the background. Some apps must go through gray first.

    Args:
        body (AlipayOpenMiniInnerversionOnlinePublishModel): Request of
            `alipay.open.mini.innerversion.online.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionOnlinePublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionOnlinePublishResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
