from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_sync_error_response_model import (
    AlipayOpenMiniInnerversionSyncErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_sync_model import (
    AlipayOpenMiniInnerversionSyncModel,
)
from ...models.alipay_open_mini_innerversion_sync_response_model import (
    AlipayOpenMiniInnerversionSyncResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionSyncModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/sync",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionSyncErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionSyncResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionSyncResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionSyncErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_sync_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_sync_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_sync_default_response_type_1 = (
            AlipayOpenMiniInnerversionSyncErrorResponseModel.from_dict(data)
        )

        return (
            componentsschemasalipay_open_mini_innerversion_sync_default_response_type_1
        )

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionSyncErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionSyncResponseModel
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
    body: AlipayOpenMiniInnerversionSyncModel,
) -> Response[
    AlipayOpenMiniInnerversionSyncErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionSyncResponseModel
]:
    """Push a version to clients

     Clients keep a cached package until it expires. After an online or a rollback,
    this pushes the given version to users at once. The version must be the one
    currently online.

    Args:
        body (AlipayOpenMiniInnerversionSyncModel): Request of
            `alipay.open.mini.innerversion.sync`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionSyncErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionSyncResponseModel]
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
    body: AlipayOpenMiniInnerversionSyncModel,
) -> (
    AlipayOpenMiniInnerversionSyncErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionSyncResponseModel
    | None
):
    """Push a version to clients

     Clients keep a cached package until it expires. After an online or a rollback,
    this pushes the given version to users at once. The version must be the one
    currently online.

    Args:
        body (AlipayOpenMiniInnerversionSyncModel): Request of
            `alipay.open.mini.innerversion.sync`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionSyncErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionSyncResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionSyncModel,
) -> Response[
    AlipayOpenMiniInnerversionSyncErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionSyncResponseModel
]:
    """Push a version to clients

     Clients keep a cached package until it expires. After an online or a rollback,
    this pushes the given version to users at once. The version must be the one
    currently online.

    Args:
        body (AlipayOpenMiniInnerversionSyncModel): Request of
            `alipay.open.mini.innerversion.sync`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionSyncErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionSyncResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionSyncModel,
) -> (
    AlipayOpenMiniInnerversionSyncErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionSyncResponseModel
    | None
):
    """Push a version to clients

     Clients keep a cached package until it expires. After an online or a rollback,
    this pushes the given version to users at once. The version must be the one
    currently online.

    Args:
        body (AlipayOpenMiniInnerversionSyncModel): Request of
            `alipay.open.mini.innerversion.sync`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionSyncErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionSyncResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
