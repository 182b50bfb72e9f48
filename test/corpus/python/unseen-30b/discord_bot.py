# corpus: path=bot/cogs/tools.py
"""Utility commands for the community Discord server. Every member can invoke them."""
import asyncio
import ipaddress
import logging
import re
import sqlite3
from urllib.parse import urlparse

import aiohttp
import discord
from discord.ext import commands

log = logging.getLogger("bot.tools")
DB = sqlite3.connect("bot.db")
HOST_RE = re.compile(r"^[A-Za-z0-9.-]{1,253}$")
PREVIEW_HOSTS = {"github.com", "gitlab.com", "pypi.org"}


class Tools(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.http = aiohttp.ClientSession()

    @commands.command(name="ping")
    async def ping_host(self, ctx: commands.Context, host: str) -> None:
        proc = await asyncio.create_subprocess_shell(f"ping -c 3 {host}", stdout=asyncio.subprocess.PIPE)  # expect: command-injection
        out, _ = await proc.communicate()
        await ctx.send(f"```{out.decode()[-1500:]}```")

    @commands.command(name="trace")
    async def trace_host(self, ctx: commands.Context, host: str) -> None:
        if not HOST_RE.match(host) or host.startswith("-"):
            await ctx.send("Give me a host name.")
            return
        proc = await asyncio.create_subprocess_exec("traceroute", "-m", "15", host, stdout=asyncio.subprocess.PIPE)  # ok: command-injection
        out, _ = await proc.communicate()
        await ctx.send(f"```{out.decode()[-1500:]}```")

    @commands.command(name="karma")
    async def karma(self, ctx: commands.Context, member: str) -> None:
        row = DB.execute(f"SELECT points FROM karma WHERE member = '{member}'").fetchone()  # expect: sql-injection
        await ctx.send(f"{member} has {row[0] if row else 0} karma")

    @commands.command(name="karma-of")
    async def karma_of(self, ctx: commands.Context, member: discord.Member) -> None:
        row = DB.execute("SELECT points FROM karma WHERE member_id = ?", (member.id,)).fetchone()  # ok: sql-injection
        await ctx.send(f"{member.display_name} has {row[0] if row else 0} karma")

    @commands.command(name="preview")
    async def preview(self, ctx: commands.Context, url: str) -> None:
        async with self.http.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # expect: ssrf
            body = await resp.text()
        title = re.search(r"<title>(.*?)</title>", body, re.S)
        await ctx.send(title.group(1).strip() if title else url)

    @commands.command(name="preview-known")
    async def preview_known(self, ctx: commands.Context, url: str) -> None:
        parsed = urlparse(url)
        if parsed.scheme != "https" or parsed.hostname not in PREVIEW_HOSTS:
            await ctx.send("I only preview GitHub, GitLab and PyPI links.")
            return
        async with self.http.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # ok: ssrf
            body = await resp.text()
        await ctx.send(f"{len(body)} bytes")

    @commands.command(name="whois-ip")
    async def whois_ip(self, ctx: commands.Context, addr: str) -> None:
        try:
            ip = ipaddress.ip_address(addr)
        except ValueError:
            await ctx.send("Not an IP address.")
            return
        proc = await asyncio.create_subprocess_shell(f"whois {ip}", stdout=asyncio.subprocess.PIPE)  # ok: command-injection
        out, _ = await proc.communicate()
        await ctx.send(f"```{out.decode()[:1500]}```")

    @commands.Cog.listener()
    async def on_member_join(self, member: discord.Member) -> None:
        DB.execute("INSERT INTO karma (member_id, points) VALUES (?, 0)", (member.id,))
        DB.commit()
        log.info("welcomed member %s", member.id)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Tools(bot))
