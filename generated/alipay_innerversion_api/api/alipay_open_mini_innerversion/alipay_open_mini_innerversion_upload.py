from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_upload_error_response_model import (
    AlipayOpenMiniInnerversionUploadErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_upload_model import (
    AlipayOpenMiniInnerversionUploadModel,
)
from ...models.alipay_open_mini_innerversion_upload_response_model import (
    AlipayOpenMiniInnerversionUploadResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionUploadModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/upload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUploadResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionUploadResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionUploadErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_upload_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_upload_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_upload_default_response_type_1 = AlipayOpenMiniInnerversionUploadErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_upload_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUploadResponseModel
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
    body: AlipayOpenMiniInnerversionUploadModel,
) -> Response[
    AlipayOpenMiniInnerversionUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUploadResponseModel
]:
    """Build a mini program package

     Creates a package build task for a version of an internal mini program and
    returns at once. The build runs asynchronously: poll
    `GET /v3/alipay/open/mini/innerversion/uploadstatus/query` with the returned
    `package_id` (as `build_package_id`) until `build_status` is final.
    Exactly one of `build_package_stream` (base64 zip) or `build_source_pkg_url`
    carries the package.

    Args:
        body (AlipayOpenMiniInnerversionUploadModel): Request of
            `alipay.open.mini.innerversion.upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionUploadErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionUploadResponseModel]
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
    body: AlipayOpenMiniInnerversionUploadModel,
) -> (
    AlipayOpenMiniInnerversionUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUploadResponseModel
    | None
):
    """Build a mini program package

     Creates a package build task for a version of an internal mini program and
    returns at once. The build runs asynchronously: poll
    `GET /v3/alipay/open/mini/innerversion/uploadstatus/query` with the returned
    `package_id` (as `build_package_id`) until `build_status` is final.
    Exactly one of `build_package_stream` (base64 zip) or `build_source_pkg_url`
    carries the package.

    Args:
        body (AlipayOpenMiniInnerversionUploadModel): Request of
            `alipay.open.mini.innerversion.upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionUploadErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionUploadResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionUploadModel,
) -> Response[
    AlipayOpenMiniInnerversionUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUploadResponseModel
]:
    """Build a mini program package

     Creates a package build task for a version of an internal mini program and
    returns at once. The build runs asynchronously: poll
    `GET /v3/alipay/open/mini/innerversion/uploadstatus/query` with the returned
    `package_id` (as `build_package_id`) until `build_status` is final.
    Exactly one of `build_package_stream` (base64 zip) or `build_source_pkg_url`
    carries the package.

    Args:
        body (AlipayOpenMiniInnerversionUploadModel): Request of
            `alipay.open.mini.innerversion.upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionUploadErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionUploadResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionUploadModel,
) -> (
    AlipayOpenMiniInnerversionUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUploadResponseModel
    | None
):
    """Build a mini program package

     Creates a package build task for a version of an internal mini program and
    returns at once. The build runs asynchronously: poll
    `GET /v3/alipay/open/mini/innerversion/uploadstatus/query` with the returned
    `package_id` (as `build_package_id`) until `build_status` is final.
    Exactly one of `build_package_stream` (base64 zip) or `build_source_pkg_url`
    carries the package.

    Args:
        body (AlipayOpenMiniInnerversionUploadModel): Request of
            `alipay.open.mini.innerversion.upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionUploadErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionUploadResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
