#!/usr/bin/env python3
"""Turns PostgreSQL's statement log of one booking (log_statement = all, as the application's log
shows it) into a pgbench script: parameters inlined, the slot's times as pgbench variables (each
client books its own run of slots), the new booking's id carried by \\gset.
Usage: pgbench_script.py APP_LOG ONE_BOOKING_RESPONSE OUT_SQL"""
import datetime as dt
import re
import sys

log_path, one_path, out_path = sys.argv[1:4]
lines = open(log_path, encoding="utf-8", errors="replace").read().splitlines()
response = open(one_path).read()
booking_id = re.search(r'"id":"([0-9a-f-]{36})"', response).group(1)
start = dt.datetime.fromisoformat(re.search(r'"start":"([^"]+)"', response).group(1))

PREFIX = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \w+ \[(\d+)\] (LOG|DETAIL|STATEMENT|ERROR|HINT|WARNING):\s+(.*)$")
statements, current = [], None
for raw in lines:
    m = PREFIX.match(raw)
    if m and m.group(2) == "LOG" and re.match(r"(execute [^:]+|statement): ", m.group(3)):
        current = {"sql": re.sub(r"^(execute [^:]+|statement): ", "", m.group(3)), "params": None, "pid": m.group(1)}
        statements.append(current)
    elif m and m.group(2) == "DETAIL" and current is not None and m.group(3).lower().startswith("parameters:"):
        current["params"] = m.group(3)[len("parameters:"):].strip()
    elif m:
        current = None
    elif current is not None and current["params"] is None:
        current["sql"] += "\n" + raw
    elif current is not None:  # a parameter spanning lines (an email's body)
        current["params"] += "\n" + raw

def params(text):
    values = {}
    for m in re.finditer(r"\$(\d+) = (NULL|'(?:[^']|'')*')", text or ""):
        values[int(m.group(1))] = m.group(2)
    return values

# The request: from its token look-up to reading the new booking back, including the confirmation
# email it queues; background work (the outbox sender, locks, session clean-up, pool pings) and the
# transactions left empty without it are dropped.
first = next(i for i, s in enumerate(statements) if "from api_token" in s["sql"])
last = max(i for i, s in enumerate(statements) if "from booking b join client" in s["sql"])
kept = [s for s in statements[first:last + 1]
        if s["sql"].strip() and (re.search(r"insert into outbox_message", s["sql"], re.I)
                                 or not re.search(r"outbox|shedlock|spring_session", s["sql"], re.I))]
result, open_begin = [], {}
for s in kept:
    word = s["sql"].strip().upper()
    pid = s["pid"]
    if word == "BEGIN":
        open_begin[pid] = s
    elif word == "COMMIT" and pid in open_begin:
        begin = open_begin.pop(pid)
        index = next(i for i, r in enumerate(result) if r is begin)
        if not any(r["pid"] == pid for r in result[index + 1:]):
            result.pop(index)
            continue
    result.append(s)
sql_out = []
for s in result:
    sql = s["sql"].strip()
    values = params(s["params"])
    for n in sorted(values, reverse=True):
        sql = re.sub(r"\$%d(?!\d)" % n, values[n].replace("\\", "\\\\"), sql)
    sql_out.append(sql)

def timestamp_expr(match):
    text = match.group(1)
    try:
        when = dt.datetime.fromisoformat(text.replace(" ", "T").replace("+00", "+00:00") if text.endswith("+00") else text.replace(" ", "T"))
    except ValueError:
        return match.group(0)
    if when.tzinfo is None:
        return match.group(0)
    minutes = int((when - start).total_seconds() // 60)
    if abs(minutes) > 24 * 60:
        return match.group(0)
    return "(make_timestamptz(2200, 1, 1, 0, 0, 0, 'UTC') + (:t + %d) * interval '1 minute')" % minutes

script = ["\\set k :k + 1",
          "\\set t ((:base + :client_id * 150) * 1440) + (:k / 19) * 1440 + (:k % 19) * 75"]
for sql in sql_out:
    sql = re.sub(r"'(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?[+-]\d\d(?::\d\d)?)'", timestamp_expr, sql)
    gset = re.search(r"insert into booking\b", sql, re.I) and re.search(r"returning id\s*$", sql, re.I)
    sql = sql.replace("'" + booking_id + "'", ":id")
    sql = " ".join(sql.split())
    if re.search(r"insert into outbox_message", sql, re.I):  # each queued message has its own ids
        sql = re.sub(r"values \('[0-9a-f-]{36}', '<[0-9a-f-]{36}@([^>']+)>'",
                     r"values (gen_random_uuid(), '<' || gen_random_uuid() || '@\1>'", sql, count=1)
    script.append(sql + (" \\gset" if gset else ";"))
open(out_path, "w").write("\n".join(script) + "\n")
print("\n".join("  " + l[:150] for l in script), file=sys.stderr)
