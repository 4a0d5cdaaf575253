from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_info_query_error_response_model import (
    AlipayOpenMiniInnerversionInfoQueryErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_info_query_response_model import (
    AlipayOpenMiniInnerversionInfoQueryResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    bundle_id: str | Unset = UNSET,
    mini_app_id: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    app_origin: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bundle_id"] = bundle_id

    params["mini_app_id"] = mini_app_id

    params["app_version"] = app_version

    params["app_origin"] = app_origin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/alipay/open/mini/innerversion/info/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionInfoQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionInfoQueryResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionInfoQueryResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionInfoQueryErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_info_query_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_info_query_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_info_query_default_response_type_1 = AlipayOpenMiniInnerversionInfoQueryErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_info_query_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionInfoQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionInfoQueryResponseModel
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
    bundle_id: str | Unset = UNSET,
    mini_app_id: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    app_origin: str | Unset = UNSET,
) -> Response[
    AlipayOpenMiniInnerversionInfoQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionInfoQueryResponseModel
]:
    """Query a version

     Returns the details and status of one version.

    Args:
        bundle_id (str | Unset):
        mini_app_id (str | Unset):
        app_version (str | Unset):
        app_origin (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionInfoQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionInfoQueryResponseModel]
    """

    kwargs = _get_kwargs(
        bundle_id=bundle_id,
        mini_app_id=mini_app_id,
        app_version=app_version,
        app_origin=app_origin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    bundle_id: str | Unset = UNSET,
    mini_app_id: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    app_origin: str | Unset = UNSET,
) -> (
    AlipayOpenMiniInnerversionInfoQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionInfoQueryResponseModel
    | None
):
    """Query a version

     Returns the details and status of one version.

    Args:
        bundle_id (str | Unset):
        mini_app_id (str | Unset):
        app_version (str | Unset):
        app_origin (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionInfoQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionInfoQueryResponseModel
    """

    return sync_detailed(
        client=client,
        bundle_id=bundle_id,
        mini_app_id=mini_app_id,
        app_version=app_version,
        app_origin=app_origin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    bundle_id: str | Unset = UNSET,
    mini_app_id: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    app_origin: str | Unset = UNSET,
) -> Response[
    AlipayOpenMiniInnerversionInfoQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionInfoQueryResponseModel
]:
    """Query a version

     Returns the details and status of one version.

    Args:
        bundle_id (str | Unset):
        mini_app_id (str | Unset):
        app_version (str | Unset):
        app_origin (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionInfoQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionInfoQueryResponseModel]
    """

    kwargs = _get_kwargs(
        bundle_id=bundle_id,
        mini_app_id=mini_app_id,
        app_version=app_version,
        app_origin=app_origin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bundle_id: str | Unset = UNSET,
    mini_app_id: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    app_origin: str | Unset = UNSET,
) -> (
    AlipayOpenMiniInnerversionInfoQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionInfoQueryResponseModel
    | None
):
    """Query a version

     Returns the details and status of one version.

    Args:
        bundle_id (str | Unset):
        mini_app_id (str | Unset):
        app_version (str | Unset):
        app_origin (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionInfoQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionInfoQueryResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            bundle_id=bundle_id,
            mini_app_id=mini_app_id,
            app_version=app_version,
            app_origin=app_origin,
        )
    ).parsed
