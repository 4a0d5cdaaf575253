from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_last_query_error_response_model import (
    AlipayOpenMiniInnerversionLastQueryErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_last_query_response_model import (
    AlipayOpenMiniInnerversionLastQueryResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mini_app_id: str | Unset = UNSET,
    bundle_id: str,
    app_origin: str,
    pid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mini_app_id"] = mini_app_id

    params["bundle_id"] = bundle_id

    params["app_origin"] = app_origin

    params["pid"] = pid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/alipay/open/mini/innerversion/last/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionLastQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionLastQueryResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionLastQueryResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionLastQueryErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_last_query_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_last_query_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_last_query_default_response_type_1 = AlipayOpenMiniInnerversionLastQueryErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_last_query_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionLastQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionLastQueryResponseModel
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
    mini_app_id: str | Unset = UNSET,
    bundle_id: str,
    app_origin: str,
    pid: str,
) -> Response[
    AlipayOpenMiniInnerversionLastQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionLastQueryResponseModel
]:
    """Query the latest version

     Returns the latest version of a mini program and the app's basic information (name, description,
    logo, categories, status).

    Args:
        mini_app_id (str | Unset):
        bundle_id (str):
        app_origin (str):
        pid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionLastQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionLastQueryResponseModel]
    """

    kwargs = _get_kwargs(
        mini_app_id=mini_app_id,
        bundle_id=bundle_id,
        app_origin=app_origin,
        pid=pid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mini_app_id: str | Unset = UNSET,
    bundle_id: str,
    app_origin: str,
    pid: str,
) -> (
    AlipayOpenMiniInnerversionLastQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionLastQueryResponseModel
    | None
):
    """Query the latest version

     Returns the latest version of a mini program and the app's basic information (name, description,
    logo, categories, status).

    Args:
        mini_app_id (str | Unset):
        bundle_id (str):
        app_origin (str):
        pid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionLastQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionLastQueryResponseModel
    """

    return sync_detailed(
        client=client,
        mini_app_id=mini_app_id,
        bundle_id=bundle_id,
        app_origin=app_origin,
        pid=pid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mini_app_id: str | Unset = UNSET,
    bundle_id: str,
    app_origin: str,
    pid: str,
) -> Response[
    AlipayOpenMiniInnerversionLastQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionLastQueryResponseModel
]:
    """Query the latest version

     Returns the latest version of a mini program and the app's basic information (name, description,
    logo, categories, status).

    Args:
        mini_app_id (str | Unset):
        bundle_id (str):
        app_origin (str):
        pid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionLastQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionLastQueryResponseModel]
    """

    kwargs = _get_kwargs(
        mini_app_id=mini_app_id,
        bundle_id=bundle_id,
        app_origin=app_origin,
        pid=pid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mini_app_id: str | Unset = UNSET,
    bundle_id: str,
    app_origin: str,
    pid: str,
) -> (
    AlipayOpenMiniInnerversionLastQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionLastQueryResponseModel
    | None
):
    """Query the latest version

     Returns the latest version of a mini program and the app's basic information (name, description,
    logo, categories, status).

    Args:
        mini_app_id (str | Unset):
        bundle_id (str):
        app_origin (str):
        pid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionLastQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionLastQueryResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            mini_app_id=mini_app_id,
            bundle_id=bundle_id,
            app_origin=app_origin,
            pid=pid,
        )
    ).parsed
