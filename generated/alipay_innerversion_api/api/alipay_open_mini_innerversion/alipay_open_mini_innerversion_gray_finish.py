from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.alipay_open_mini_innerversion_gray_finish_error_response_model import (
    AlipayOpenMiniInnerversionGrayFinishErrorResponseModel,
)
from ...models.alipay_open_mini_innerversion_gray_finish_model import (
    AlipayOpenMiniInnerversionGrayFinishModel,
)
from ...models.alipay_open_mini_innerversion_gray_finish_response_model import (
    AlipayOpenMiniInnerversionGrayFinishResponseModel,
)
from ...models.common_error_type import CommonErrorType
from ...types import Response


def _get_kwargs(
    *,
    body: AlipayOpenMiniInnerversionGrayFinishModel,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/alipay/open/mini/innerversion/gray/finish",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AlipayOpenMiniInnerversionGrayFinishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionGrayFinishResponseModel
):
    if response.status_code == 200:
        response_200 = AlipayOpenMiniInnerversionGrayFinishResponseModel.from_dict(
            response.json()
        )

        return response_200

    def _parse_response_default(
        data: object,
    ) -> AlipayOpenMiniInnerversionGrayFinishErrorResponseModel | CommonErrorType:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemasalipay_open_mini_innerversion_gray_finish_default_response_type_0 = CommonErrorType.from_dict(
                data
            )

            return componentsschemasalipay_open_mini_innerversion_gray_finish_default_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemasalipay_open_mini_innerversion_gray_finish_default_response_type_1 = AlipayOpenMiniInnerversionGrayFinishErrorResponseModel.from_dict(
            data
        )

        return componentsschemasalipay_open_mini_innerversion_gray_finish_default_response_type_1

    response_default = _parse_response_default(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AlipayOpenMiniInnerversionGrayFinishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionGrayFinishResponseModel
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
    body: AlipayOpenMiniInnerversionGrayFinishModel,
) -> Response[
    AlipayOpenMiniInnerversionGrayFinishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionGrayFinishResponseModel
]:
    """End a gray release

     Ends the gray stage of a version in `GRAY`; the app must be released.

    Args:
        body (AlipayOpenMiniInnerversionGrayFinishModel): Request of
            `alipay.open.mini.innerversion.gray.finish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionGrayFinishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionGrayFinishResponseModel]
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
    body: AlipayOpenMiniInnerversionGrayFinishModel,
) -> (
    AlipayOpenMiniInnerversionGrayFinishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionGrayFinishResponseModel
    | None
):
    """End a gray release

     Ends the gray stage of a version in `GRAY`; the app must be released.

    Args:
        body (AlipayOpenMiniInnerversionGrayFinishModel): Request of
            `alipay.open.mini.innerversion.gray.finish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionGrayFinishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionGrayFinishResponseModel
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionGrayFinishModel,
) -> Response[
    AlipayOpenMiniInnerversionGrayFinishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionGrayFinishResponseModel
]:
    """End a gray release

     Ends the gray stage of a version in `GRAY`; the app must be released.

    Args:
        body (AlipayOpenMiniInnerversionGrayFinishModel): Request of
            `alipay.open.mini.innerversion.gray.finish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlipayOpenMiniInnerversionGrayFinishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionGrayFinishResponseModel]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AlipayOpenMiniInnerversionGrayFinishModel,
) -> (
    AlipayOpenMiniInnerversionGrayFinishErrorResponseModel
    | CommonErrorType
    | AlipayOpenMiniInnerversionGrayFinishResponseModel
    | None
):
    """End a gray release

     Ends the gray stage of a version in `GRAY`; the app must be released.

    Args:
        body (AlipayOpenMiniInnerversionGrayFinishModel): Request of
            `alipay.open.mini.innerversion.gray.finish`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlipayOpenMiniInnerversionGrayFinishErrorResponseModel | CommonErrorType | AlipayOpenMiniInnerversionGrayFinishResponseModel
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
