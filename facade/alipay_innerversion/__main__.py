"""``python -m alipay_innerversion``: the ``alipay-mini`` command line."""

from .cli import main

main()
