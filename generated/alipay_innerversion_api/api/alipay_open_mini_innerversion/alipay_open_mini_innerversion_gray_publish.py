from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_gray_publish_error_response_model import (
    AlipayOpenMiniInnerversionGrayPublishErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_gray_publish_model import (
    AlipayOpenMiniInnerversionGrayPublishModel,
)
from ...models.alipay_open_mini_innerversion_gray_publish_response_model import (
    AlipayOpenMiniInnerversionGrayPublishResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionGrayPublishModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/gray/publish",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionGrayPublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionGrayPublishResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionGrayPublishResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionGrayPublishErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_gray_publish_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_gray_publish_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_gray_publish_default_response_type_1 = AlipayOpenMiniInnerversionGrayPublishErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_gray_publish_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionGrayPublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionGrayPublishResponseModel
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
    body: AlipayOpenMiniInnerversionGrayPublishModel,
) -> Response[
    AlipayOpenMiniInnerversionGrayPublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionGrayPublishResponseModel
]:
    """Start a gray release

     Releases an approved version (`WAIT_RELEASE`) to a share of users given by `gray_strategy` (`p10`,
    `p30`, `p50`). For a plugin, `beta_app_id_list` names mini programs invited to test it.

    Args:
        body (AlipayOpenMiniInnerversionGrayPublishModel): Request of
            `alipay.open.mini.innerversion.gray.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionGrayPublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionGrayPublishResponseModel]
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
    body: AlipayOpenMiniInnerversionGrayPublishModel,
) -> (
    AlipayOpenMiniInnerversionGrayPublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionGrayPublishResponseModel
    | None
):
    """Start a gray release

     Releases an approved version (`WAIT_RELEASE`) to a share of users given by `gray_strategy` (`p10`,
    `p30`, `p50`). For a plugin, `beta_app_id_list` names mini programs invited to test it.

    Args:
        body (AlipayOpenMiniInnerversionGrayPublishModel): Request of
            `alipay.open.mini.innerversion.gray.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionGrayPublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionGrayPublishResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionGrayPublishModel,
) -> Response[
    AlipayOpenMiniInnerversionGrayPublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionGrayPublishResponseModel
]:
    """Start a gray release

     Releases an approved version (`WAIT_RELEASE`) to a share of users given by `gray_strategy` (`p10`,
    `p30`, `p50`). For a plugin, `beta_app_id_list` names mini programs invited to test it.

    Args:
        body (AlipayOpenMiniInnerversionGrayPublishModel): Request of
            `alipay.open.mini.innerversion.gray.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionGrayPublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionGrayPublishResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionGrayPublishModel,
) -> (
    AlipayOpenMiniInnerversionGrayPublishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionGrayPublishResponseModel
    | None
):
    """Start a gray release

     Releases an approved version (`WAIT_RELEASE`) to a share of users given by `gray_strategy` (`p10`,
    `p30`, `p50`). For a plugin, `beta_app_id_list` names mini programs invited to test it.

    Args:
        body (AlipayOpenMiniInnerversionGrayPublishModel): Request of
            `alipay.open.mini.innerversion.gray.publish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionGrayPublishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionGrayPublishResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
