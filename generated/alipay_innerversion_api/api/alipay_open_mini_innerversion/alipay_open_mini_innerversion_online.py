from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_online_error_response_model import (
    AlipayOpenMiniInnerversionOnlineErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_online_model import (
    AlipayOpenMiniInnerversionOnlineModel,
)
from ...models.alipay_open_mini_innerversion_online_response_model import (
    AlipayOpenMiniInnerversionOnlineResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionOnlineModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/online",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionOnlineErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOnlineResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionOnlineResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionOnlineErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_online_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_online_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_online_default_response_type_1 = AlipayOpenMiniInnerversionOnlineErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_online_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionOnlineErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOnlineResponseModel
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
    body: AlipayOpenMiniInnerversionOnlineModel,
) -> Response[
    AlipayOpenMiniInnerversionOnlineErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOnlineResponseModel
]:
    """Publish a version

     Puts a successfully built version of an internal mini program on the shelf,
    optionally taking another version down.

    Args:
        body (AlipayOpenMiniInnerversionOnlineModel): Request of
            `alipay.open.mini.innerversion.online`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionOnlineErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionOnlineResponseModel]
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
    body: AlipayOpenMiniInnerversionOnlineModel,
) -> (
    AlipayOpenMiniInnerversionOnlineErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOnlineResponseModel
    | None
):
    """Publish a version

     Puts a successfully built version of an internal mini program on the shelf,
    optionally taking another version down.

    Args:
        body (AlipayOpenMiniInnerversionOnlineModel): Request of
            `alipay.open.mini.innerversion.online`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionOnlineErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionOnlineResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionOnlineModel,
) -> Response[
    AlipayOpenMiniInnerversionOnlineErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOnlineResponseModel
]:
    """Publish a version

     Puts a successfully built version of an internal mini program on the shelf,
    optionally taking another version down.

    Args:
        body (AlipayOpenMiniInnerversionOnlineModel): Request of
            `alipay.open.mini.innerversion.online`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionOnlineErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionOnlineResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionOnlineModel,
) -> (
    AlipayOpenMiniInnerversionOnlineErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionOnlineResponseModel
    | None
):
    """Publish a version

     Puts a successfully built version of an internal mini program on the shelf,
    optionally taking another version down.

    Args:
        body (AlipayOpenMiniInnerversionOnlineModel): Request of
            `alipay.open.mini.innerversion.online`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionOnlineErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionOnlineResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
