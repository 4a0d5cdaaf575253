from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_upgrade_error_response_model import (
    AlipayOpenMiniInnerversionUpgradeErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_upgrade_model import (
    AlipayOpenMiniInnerversionUpgradeModel,
)
from ...models.alipay_open_mini_innerversion_upgrade_response_model import (
    AlipayOpenMiniInnerversionUpgradeResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionUpgradeModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/upgrade",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionUpgradeErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUpgradeResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionUpgradeResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionUpgradeErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_upgrade_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_upgrade_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_upgrade_default_response_type_1 = AlipayOpenMiniInnerversionUpgradeErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_upgrade_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionUpgradeErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUpgradeResponseModel
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
    body: AlipayOpenMiniInnerversionUpgradeModel,
) -> Response[
    AlipayOpenMiniInnerversionUpgradeErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUpgradeResponseModel
]:
    """Upgrade a template instance

     Moves a mini program instantiated from a template to a newer template version.
    Synchronous, with no new review. ISVs typically run it across many merchants'
    mini programs, each call carrying that merchant's app auth token.

    Deprecated: Alipay's current OpenAPI description no longer lists this operation
    (it was documented on Alipay's older API pages). `templated/upload` followed by
    `instantiation/query` is the documented way to build template instances. Kept
    because existing callers use it.

    Args:
        body (AlipayOpenMiniInnerversionUpgradeModel): Request of
            `alipay.open.mini.innerversion.upgrade` (deprecated).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionUpgradeErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionUpgradeResponseModel]
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
    body: AlipayOpenMiniInnerversionUpgradeModel,
) -> (
    AlipayOpenMiniInnerversionUpgradeErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUpgradeResponseModel
    | None
):
    """Upgrade a template instance

     Moves a mini program instantiated from a template to a newer template version.
    Synchronous, with no new review. ISVs typically run it across many merchants'
    mini programs, each call carrying that merchant's app auth token.

    Deprecated: Alipay's current OpenAPI description no longer lists this operation
    (it was documented on Alipay's older API pages). `templated/upload` followed by
    `instantiation/query` is the documented way to build template instances. Kept
    because existing callers use it.

    Args:
        body (AlipayOpenMiniInnerversionUpgradeModel): Request of
            `alipay.open.mini.innerversion.upgrade` (deprecated).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionUpgradeErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionUpgradeResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionUpgradeModel,
) -> Response[
    AlipayOpenMiniInnerversionUpgradeErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUpgradeResponseModel
]:
    """Upgrade a template instance

     Moves a mini program instantiated from a template to a newer template version.
    Synchronous, with no new review. ISVs typically run it across many merchants'
    mini programs, each call carrying that merchant's app auth token.

    Deprecated: Alipay's current OpenAPI description no longer lists this operation
    (it was documented on Alipay's older API pages). `templated/upload` followed by
    `instantiation/query` is the documented way to build template instances. Kept
    because existing callers use it.

    Args:
        body (AlipayOpenMiniInnerversionUpgradeModel): Request of
            `alipay.open.mini.innerversion.upgrade` (deprecated).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionUpgradeErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionUpgradeResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionUpgradeModel,
) -> (
    AlipayOpenMiniInnerversionUpgradeErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionUpgradeResponseModel
    | None
):
    """Upgrade a template instance

     Moves a mini program instantiated from a template to a newer template version.
    Synchronous, with no new review. ISVs typically run it across many merchants'
    mini programs, each call carrying that merchant's app auth token.

    Deprecated: Alipay's current OpenAPI description no longer lists this operation
    (it was documented on Alipay's older API pages). `templated/upload` followed by
    `instantiation/query` is the documented way to build template instances. Kept
    because existing callers use it.

    Args:
        body (AlipayOpenMiniInnerversionUpgradeModel): Request of
            `alipay.open.mini.innerversion.upgrade` (deprecated).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionUpgradeErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionUpgradeResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
