from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_betainfo_query_error_response_model import (
    AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_betainfo_query_response_model import (
    AlipayOpenMiniInnerversionBetainfoQueryResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    plugin_id: str,
    bundle_id: str | Unset = UNSET,
    plugin_version: str,
    app_origin: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["plugin_id"] = plugin_id

    params["bundle_id"] = bundle_id

    params["plugin_version"] = plugin_version

    params["app_origin"] = app_origin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/alipay/open/mini/innerversion/betainfo/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBetainfoQueryResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionBetainfoQueryResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_betainfo_query_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_betainfo_query_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_betainfo_query_default_response_type_1 = AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_betainfo_query_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBetainfoQueryResponseModel
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
    plugin_id: str,
    bundle_id: str | Unset = UNSET,
    plugin_version: str,
    app_origin: str | Unset = UNSET,
) -> Response[
    AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBetainfoQueryResponseModel
]:
    """Query a plugin's beta-test status

     Returns the beta-test state of a plugin version and the result of each invited mini program.

    Args:
        plugin_id (str):
        bundle_id (str | Unset):
        plugin_version (str):
        app_origin (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionBetainfoQueryResponseModel]
    """

    kwargs = _get_kwargs(
        plugin_id=plugin_id,
        bundle_id=bundle_id,
        plugin_version=plugin_version,
        app_origin=app_origin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    plugin_id: str,
    bundle_id: str | Unset = UNSET,
    plugin_version: str,
    app_origin: str | Unset = UNSET,
) -> (
    AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBetainfoQueryResponseModel
    | None
):
    """Query a plugin's beta-test status

     Returns the beta-test state of a plugin version and the result of each invited mini program.

    Args:
        plugin_id (str):
        bundle_id (str | Unset):
        plugin_version (str):
        app_origin (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionBetainfoQueryResponseModel
    """

    return sync_detailed(
        client=client,
        plugin_id=plugin_id,
        bundle_id=bundle_id,
        plugin_version=plugin_version,
        app_origin=app_origin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    plugin_id: str,
    bundle_id: str | Unset = UNSET,
    plugin_version: str,
    app_origin: str | Unset = UNSET,
) -> Response[
    AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBetainfoQueryResponseModel
]:
    """Query a plugin's beta-test status

     Returns the beta-test state of a plugin version and the result of each invited mini program.

    Args:
        plugin_id (str):
        bundle_id (str | Unset):
        plugin_version (str):
        app_origin (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionBetainfoQueryResponseModel]
    """

    kwargs = _get_kwargs(
        plugin_id=plugin_id,
        bundle_id=bundle_id,
        plugin_version=plugin_version,
        app_origin=app_origin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    plugin_id: str,
    bundle_id: str | Unset = UNSET,
    plugin_version: str,
    app_origin: str | Unset = UNSET,
) -> (
    AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionBetainfoQueryResponseModel
    | None
):
    """Query a plugin's beta-test status

     Returns the beta-test state of a plugin version and the result of each invited mini program.

    Args:
        plugin_id (str):
        bundle_id (str | Unset):
        plugin_version (str):
        app_origin (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionBetainfoQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionBetainfoQueryResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            plugin_id=plugin_id,
            bundle_id=bundle_id,
            plugin_version=plugin_version,
            app_origin=app_origin,
        )
    ).parsed
