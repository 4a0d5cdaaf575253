from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_modelforoffline_query_error_response_model import (
    AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_modelforoffline_query_response_model import (
    AlipayOpenMiniInnerversionModelforofflineQueryResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mini_app_id: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
    inst_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mini_app_id"] = mini_app_id

    params["app_version"] = app_version

    params["bundle_id"] = bundle_id

    params["inst_code"] = inst_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/alipay/open/mini/innerversion/modelforoffline/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionModelforofflineQueryResponseModel
):
    if response.status_code == 200:
        response_200 = (
            AlipayOpenMiniInnerversionModelforofflineQueryResponseModel.from_dict(
                response.json()
            )
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> (
        AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel
        | CommonErrorType
    ):
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_modelforoffline_query_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_modelforoffline_query_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_modelforoffline_query_default_response_type_1 = AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_modelforoffline_query_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionModelforofflineQueryResponseModel
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
    app_version: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
    inst_code: str | Unset = UNSET,
) -> Response[
    AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionModelforofflineQueryResponseModel
]:
    """Query a released version's package data

     Returns the package data of the released version for offline scenarios, with a `sync_id` to quote
    when a sync fails.

    Args:
        mini_app_id (str | Unset):
        app_version (str | Unset):
        bundle_id (str | Unset):
        inst_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionModelforofflineQueryResponseModel]
    """

    kwargs = _get_kwargs(
        mini_app_id=mini_app_id,
        app_version=app_version,
        bundle_id=bundle_id,
        inst_code=inst_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mini_app_id: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
    inst_code: str | Unset = UNSET,
) -> (
    AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionModelforofflineQueryResponseModel
    | None
):
    """Query a released version's package data

     Returns the package data of the released version for offline scenarios, with a `sync_id` to quote
    when a sync fails.

    Args:
        mini_app_id (str | Unset):
        app_version (str | Unset):
        bundle_id (str | Unset):
        inst_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionModelforofflineQueryResponseModel
    """

    return sync_detailed(
        client=client,
        mini_app_id=mini_app_id,
        app_version=app_version,
        bundle_id=bundle_id,
        inst_code=inst_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mini_app_id: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
    inst_code: str | Unset = UNSET,
) -> Response[
    AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionModelforofflineQueryResponseModel
]:
    """Query a released version's package data

     Returns the package data of the released version for offline scenarios, with a `sync_id` to quote
    when a sync fails.

    Args:
        mini_app_id (str | Unset):
        app_version (str | Unset):
        bundle_id (str | Unset):
        inst_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionModelforofflineQueryResponseModel]
    """

    kwargs = _get_kwargs(
        mini_app_id=mini_app_id,
        app_version=app_version,
        bundle_id=bundle_id,
        inst_code=inst_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mini_app_id: str | Unset = UNSET,
    app_version: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
    inst_code: str | Unset = UNSET,
) -> (
    AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionModelforofflineQueryResponseModel
    | None
):
    """Query a released version's package data

     Returns the package data of the released version for offline scenarios, with a `sync_id` to quote
    when a sync fails.

    Args:
        mini_app_id (str | Unset):
        app_version (str | Unset):
        bundle_id (str | Unset):
        inst_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionModelforofflineQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionModelforofflineQueryResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            mini_app_id=mini_app_id,
            app_version=app_version,
            bundle_id=bundle_id,
            inst_code=inst_code,
        )
    ).parsed
