from typing import Any

import asyncpg
