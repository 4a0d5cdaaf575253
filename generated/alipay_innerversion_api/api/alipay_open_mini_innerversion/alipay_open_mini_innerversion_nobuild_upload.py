from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_nobuild_upload_error_response_model import (
    AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_nobuild_upload_model import (
    AlipayOpenMiniInnerversionNobuildUploadModel,
)
from ...models.alipay_open_mini_innerversion_nobuild_upload_response_model import (
    AlipayOpenMiniInnerversionNobuildUploadResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionNobuildUploadModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/nobuild/upload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionNobuildUploadResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionNobuildUploadResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_nobuild_upload_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_nobuild_upload_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_nobuild_upload_default_response_type_1 = AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_nobuild_upload_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionNobuildUploadResponseModel
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
    body: AlipayOpenMiniInnerversionNobuildUploadModel,
) -> Response[
    AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionNobuildUploadResponseModel
]:
    """Register an already built package

     Creates a version from packages built outside the platform (Taobao mini programs) without building
    anything. Sizes are in bytes. The server refuses a blank `build_version`, and a blank package URL or
    size (old or 2.0 fields).

    Args:
        body (AlipayOpenMiniInnerversionNobuildUploadModel): Request of
            `alipay.open.mini.innerversion.nobuild.upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionNobuildUploadResponseModel]
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
    body: AlipayOpenMiniInnerversionNobuildUploadModel,
) -> (
    AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionNobuildUploadResponseModel
    | None
):
    """Register an already built package

     Creates a version from packages built outside the platform (Taobao mini programs) without building
    anything. Sizes are in bytes. The server refuses a blank `build_version`, and a blank package URL or
    size (old or 2.0 fields).

    Args:
        body (AlipayOpenMiniInnerversionNobuildUploadModel): Request of
            `alipay.open.mini.innerversion.nobuild.upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionNobuildUploadResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionNobuildUploadModel,
) -> Response[
    AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionNobuildUploadResponseModel
]:
    """Register an already built package

     Creates a version from packages built outside the platform (Taobao mini programs) without building
    anything. Sizes are in bytes. The server refuses a blank `build_version`, and a blank package URL or
    size (old or 2.0 fields).

    Args:
        body (AlipayOpenMiniInnerversionNobuildUploadModel): Request of
            `alipay.open.mini.innerversion.nobuild.upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionNobuildUploadResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionNobuildUploadModel,
) -> (
    AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionNobuildUploadResponseModel
    | None
):
    """Register an already built package

     Creates a version from packages built outside the platform (Taobao mini programs) without building
    anything. Sizes are in bytes. The server refuses a blank `build_version`, and a blank package URL or
    size (old or 2.0 fields).

    Args:
        body (AlipayOpenMiniInnerversionNobuildUploadModel): Request of
            `alipay.open.mini.innerversion.nobuild.upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionNobuildUploadErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionNobuildUploadResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
