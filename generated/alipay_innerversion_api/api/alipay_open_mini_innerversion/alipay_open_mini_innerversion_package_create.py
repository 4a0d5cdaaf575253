from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_package_create_error_response_model import (
    AlipayOpenMiniInnerversionPackageCreateErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_package_create_model import (
    AlipayOpenMiniInnerversionPackageCreateModel,
)
from ...models.alipay_open_mini_innerversion_package_create_response_model import (
    AlipayOpenMiniInnerversionPackageCreateResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionPackageCreateModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/package/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionPackageCreateErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionPackageCreateResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionPackageCreateResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionPackageCreateErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_package_create_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_package_create_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_package_create_default_response_type_1 = AlipayOpenMiniInnerversionPackageCreateErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_package_create_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionPackageCreateErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionPackageCreateResponseModel
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
    body: AlipayOpenMiniInnerversionPackageCreateModel,
) -> Response[
    AlipayOpenMiniInnerversionPackageCreateErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionPackageCreateResponseModel
]:
    """Build a pre-release or coverage package

     Builds an additional package of a version in development, of the kind `package_type` names (e.g.
    `PRE_ONLINE`). Not for template-built apps.

    Args:
        body (AlipayOpenMiniInnerversionPackageCreateModel): Request of
            `alipay.open.mini.innerversion.package.create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionPackageCreateErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionPackageCreateResponseModel]
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
    body: AlipayOpenMiniInnerversionPackageCreateModel,
) -> (
    AlipayOpenMiniInnerversionPackageCreateErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionPackageCreateResponseModel
    | None
):
    """Build a pre-release or coverage package

     Builds an additional package of a version in development, of the kind `package_type` names (e.g.
    `PRE_ONLINE`). Not for template-built apps.

    Args:
        body (AlipayOpenMiniInnerversionPackageCreateModel): Request of
            `alipay.open.mini.innerversion.package.create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionPackageCreateErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionPackageCreateResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionPackageCreateModel,
) -> Response[
    AlipayOpenMiniInnerversionPackageCreateErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionPackageCreateResponseModel
]:
    """Build a pre-release or coverage package

     Builds an additional package of a version in development, of the kind `package_type` names (e.g.
    `PRE_ONLINE`). Not for template-built apps.

    Args:
        body (AlipayOpenMiniInnerversionPackageCreateModel): Request of
            `alipay.open.mini.innerversion.package.create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionPackageCreateErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionPackageCreateResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionPackageCreateModel,
) -> (
    AlipayOpenMiniInnerversionPackageCreateErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionPackageCreateResponseModel
    | None
):
    """Build a pre-release or coverage package

     Builds an additional package of a version in development, of the kind `package_type` names (e.g.
    `PRE_ONLINE`). Not for template-built apps.

    Args:
        body (AlipayOpenMiniInnerversionPackageCreateModel): Request of
            `alipay.open.mini.innerversion.package.create`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionPackageCreateErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionPackageCreateResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
