from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_instantiation_query_error_response_model import (
    AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_instantiation_query_response_model import (
    AlipayOpenMiniInnerversionInstantiationQueryResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_origin: str | Unset = UNSET,
    bundle_id: str,
    mini_app_id: str | Unset = UNSET,
    app_version: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["app_origin"] = app_origin

    params["bundle_id"] = bundle_id

    params["mini_app_id"] = mini_app_id

    params["app_version"] = app_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/alipay/open/mini/innerversion/instantiation/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionInstantiationQueryResponseModel
):
    if response.status_code == 200:
        response_200 = (
            AlipayOpenMiniInnerversionInstantiationQueryResponseModel.from_dict(
                response.json()
            )
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> (
        AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel | CommonErrorType
    ):
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_instantiation_query_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_instantiation_query_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_instantiation_query_default_response_type_1 = AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_instantiation_query_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionInstantiationQueryResponseModel
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
    app_origin: str | Unset = UNSET,
    bundle_id: str,
    mini_app_id: str | Unset = UNSET,
    app_version: str,
) -> Response[
    AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionInstantiationQueryResponseModel
]:
    """Query the template behind a version

     Says which template, and which template version, a template-instantiated version was built from.

    Args:
        app_origin (str | Unset):
        bundle_id (str):
        mini_app_id (str | Unset):
        app_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionInstantiationQueryResponseModel]
    """

    kwargs = _get_kwargs(
        app_origin=app_origin,
        bundle_id=bundle_id,
        mini_app_id=mini_app_id,
        app_version=app_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    app_origin: str | Unset = UNSET,
    bundle_id: str,
    mini_app_id: str | Unset = UNSET,
    app_version: str,
) -> (
    AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionInstantiationQueryResponseModel
    | None
):
    """Query the template behind a version

     Says which template, and which template version, a template-instantiated version was built from.

    Args:
        app_origin (str | Unset):
        bundle_id (str):
        mini_app_id (str | Unset):
        app_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionInstantiationQueryResponseModel
    """

    return sync_detailed(
        client=client,
        app_origin=app_origin,
        bundle_id=bundle_id,
        mini_app_id=mini_app_id,
        app_version=app_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_origin: str | Unset = UNSET,
    bundle_id: str,
    mini_app_id: str | Unset = UNSET,
    app_version: str,
) -> Response[
    AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionInstantiationQueryResponseModel
]:
    """Query the template behind a version

     Says which template, and which template version, a template-instantiated version was built from.

    Args:
        app_origin (str | Unset):
        bundle_id (str):
        mini_app_id (str | Unset):
        app_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionInstantiationQueryResponseModel]
    """

    kwargs = _get_kwargs(
        app_origin=app_origin,
        bundle_id=bundle_id,
        mini_app_id=mini_app_id,
        app_version=app_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    app_origin: str | Unset = UNSET,
    bundle_id: str,
    mini_app_id: str | Unset = UNSET,
    app_version: str,
) -> (
    AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionInstantiationQueryResponseModel
    | None
):
    """Query the template behind a version

     Says which template, and which template version, a template-instantiated version was built from.

    Args:
        app_origin (str | Unset):
        bundle_id (str):
        mini_app_id (str | Unset):
        app_version (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionInstantiationQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionInstantiationQueryResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            app_origin=app_origin,
            bundle_id=bundle_id,
            mini_app_id=mini_app_id,
            app_version=app_version,
        )
    ).parsed
