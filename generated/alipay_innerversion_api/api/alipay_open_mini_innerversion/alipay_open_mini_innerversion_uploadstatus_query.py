from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_uploadstatus_query_error_response_model import (
    AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_uploadstatus_query_response_model import (
    AlipayOpenMiniInnerversionUploadstatusQueryResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    build_package_id: str | Unset = UNSET,
    mini_app_id: str | Unset = UNSET,
    build_version: str | Unset = UNSET,
    inst_code: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["build_package_id"] = build_package_id

    params["mini_app_id"] = mini_app_id

    params["build_version"] = build_version

    params["inst_code"] = inst_code

    params["bundle_id"] = bundle_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/alipay/open/mini/innerversion/uploadstatus/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUploadstatusQueryResponseModel
):
    if response.status_code == 200:
        response_200 = (
            AlipayOpenMiniInnerversionUploadstatusQueryResponseModel.from_dict(
                response.json()
            )
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> (
        AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel | CommonErrorType
    ):
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_uploadstatus_query_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_uploadstatus_query_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_uploadstatus_query_default_response_type_1 = AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_uploadstatus_query_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUploadstatusQueryResponseModel
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
    build_package_id: str | Unset = UNSET,
    mini_app_id: str | Unset = UNSET,
    build_version: str | Unset = UNSET,
    inst_code: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
) -> Response[
    AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUploadstatusQueryResponseModel
]:
    """Query the state of a package build

     Returns the state of a build started by `upload`. Poll it until
    `build_status` is final (`2` succeeded, `3` failed, `5` timed out) or
    `need_rotation` is `"false"`.

    Args:
        build_package_id (str | Unset):
        mini_app_id (str | Unset):
        build_version (str | Unset):
        inst_code (str | Unset):
        bundle_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionUploadstatusQueryResponseModel]
    """

    kwargs = _get_kwargs(
        build_package_id=build_package_id,
        mini_app_id=mini_app_id,
        build_version=build_version,
        inst_code=inst_code,
        bundle_id=bundle_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    build_package_id: str | Unset = UNSET,
    mini_app_id: str | Unset = UNSET,
    build_version: str | Unset = UNSET,
    inst_code: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
) -> (
    AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUploadstatusQueryResponseModel
    | None
):
    """Query the state of a package build

     Returns the state of a build started by `upload`. Poll it until
    `build_status` is final (`2` succeeded, `3` failed, `5` timed out) or
    `need_rotation` is `"false"`.

    Args:
        build_package_id (str | Unset):
        mini_app_id (str | Unset):
        build_version (str | Unset):
        inst_code (str | Unset):
        bundle_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionUploadstatusQueryResponseModel
    """

    return sync_detailed(
        client=client,
        build_package_id=build_package_id,
        mini_app_id=mini_app_id,
        build_version=build_version,
        inst_code=inst_code,
        bundle_id=bundle_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    build_package_id: str | Unset = UNSET,
    mini_app_id: str | Unset = UNSET,
    build_version: str | Unset = UNSET,
    inst_code: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
) -> Response[
    AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUploadstatusQueryResponseModel
]:
    """Query the state of a package build

     Returns the state of a build started by `upload`. Poll it until
    `build_status` is final (`2` succeeded, `3` failed, `5` timed out) or
    `need_rotation` is `"false"`.

    Args:
        build_package_id (str | Unset):
        mini_app_id (str | Unset):
        build_version (str | Unset):
        inst_code (str | Unset):
        bundle_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionUploadstatusQueryResponseModel]
    """

    kwargs = _get_kwargs(
        build_package_id=build_package_id,
        mini_app_id=mini_app_id,
        build_version=build_version,
        inst_code=inst_code,
        bundle_id=bundle_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    build_package_id: str | Unset = UNSET,
    mini_app_id: str | Unset = UNSET,
    build_version: str | Unset = UNSET,
    inst_code: str | Unset = UNSET,
    bundle_id: str | Unset = UNSET,
) -> (
    AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUploadstatusQueryResponseModel
    | None
):
    """Query the state of a package build

     Returns the state of a build started by `upload`. Poll it until
    `build_status` is final (`2` succeeded, `3` failed, `5` timed out) or
    `need_rotation` is `"false"`.

    Args:
        build_package_id (str | Unset):
        mini_app_id (str | Unset):
        build_version (str | Unset):
        inst_code (str | Unset):
        bundle_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionUploadstatusQueryErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionUploadstatusQueryResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            build_package_id=build_package_id,
            mini_app_id=mini_app_id,
            build_version=build_version,
            inst_code=inst_code,
            bundle_id=bundle_id,
        )
    ).parsed
