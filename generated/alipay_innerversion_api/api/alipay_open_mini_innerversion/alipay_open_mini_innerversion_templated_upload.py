from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_templated_upload_error_response_model import (
    AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_templated_upload_model import (
    AlipayOpenMiniInnerversionTemplatedUploadModel,
)
from ...models.alipay_open_mini_innerversion_templated_upload_response_model import (
    AlipayOpenMiniInnerversionTemplatedUploadResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionTemplatedUploadModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/templated/upload",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionTemplatedUploadResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionTemplatedUploadResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_templated_upload_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_templated_upload_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_templated_upload_default_response_type_1 = AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_templated_upload_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionTemplatedUploadResponseModel
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
    body: AlipayOpenMiniInnerversionTemplatedUploadModel,
) -> Response[
    AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionTemplatedUploadResponseModel
]:
    """Create a version from a template

     Creates a version of a mini program from a template version, synchronously, with the template
    configuration in `ext` (JSON). The version must be `x.y.z`, new, and higher than every existing
    version; the template must be on or off the shelf. This, with `instantiation/query`, is the
    documented way to build template instances.

    Args:
        body (AlipayOpenMiniInnerversionTemplatedUploadModel): Request of
            `alipay.open.mini.innerversion.templated.upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionTemplatedUploadResponseModel]
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
    body: AlipayOpenMiniInnerversionTemplatedUploadModel,
) -> (
    AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionTemplatedUploadResponseModel
    | None
):
    """Create a version from a template

     Creates a version of a mini program from a template version, synchronously, with the template
    configuration in `ext` (JSON). The version must be `x.y.z`, new, and higher than every existing
    version; the template must be on or off the shelf. This, with `instantiation/query`, is the
    documented way to build template instances.

    Args:
        body (AlipayOpenMiniInnerversionTemplatedUploadModel): Request of
            `alipay.open.mini.innerversion.templated.upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionTemplatedUploadResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionTemplatedUploadModel,
) -> Response[
    AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionTemplatedUploadResponseModel
]:
    """Create a version from a template

     Creates a version of a mini program from a template version, synchronously, with the template
    configuration in `ext` (JSON). The version must be `x.y.z`, new, and higher than every existing
    version; the template must be on or off the shelf. This, with `instantiation/query`, is the
    documented way to build template instances.

    Args:
        body (AlipayOpenMiniInnerversionTemplatedUploadModel): Request of
            `alipay.open.mini.innerversion.templated.upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionTemplatedUploadResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionTemplatedUploadModel,
) -> (
    AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionTemplatedUploadResponseModel
    | None
):
    """Create a version from a template

     Creates a version of a mini program from a template version, synchronously, with the template
    configuration in `ext` (JSON). The version must be `x.y.z`, new, and higher than every existing
    version; the template must be on or off the shelf. This, with `instantiation/query`, is the
    documented way to build template instances.

    Args:
        body (AlipayOpenMiniInnerversionTemplatedUploadModel): Request of
            `alipay.open.mini.innerversion.templated.upload`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionTemplatedUploadErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionTemplatedUploadResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
