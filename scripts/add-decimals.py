#!/usr/bin/env python3
"""Records printed precision: where a Quantity's JSON text has trailing zeros (3.0, 1.50),
sets "decimals" so the UI prints it as the paper did (JSON numbers lose trailing zeros).
Usage: python3 scripts/add-decimals.py mock-data/<study> [...]"""
import json
import sys
from decimal import Decimal
from pathlib import Path


def places(d):
    return -d.as_tuple().exponent if isinstance(d, Decimal) and d.as_tuple().exponent < 0 else 0


def walk(x):
    changed = 0
    if isinstance(x, dict):
        if 'provenance' in x and 'value' in x and 'decimals' not in x:
            nums = [x['value']] + ([x['ci']['lower'], x['ci']['upper']] if isinstance(x.get('ci'), dict) else [])
            p = max(places(n) for n in nums)
            if p and any(places(n) and str(n).endswith('0') for n in nums):
                x['decimals'] = p
                changed += 1
        for v in x.values():
            changed += walk(v)
    elif isinstance(x, list):
        for v in x:
            changed += walk(v)
    return changed


def plain(x):
    if isinstance(x, Decimal):
        return float(x)
    if isinstance(x, dict):
        return {k: plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [plain(v) for v in x]
    return x


for folder in sys.argv[1:]:
    for f in sorted(Path(folder).glob('*.json')):
        data = json.loads(f.read_text(), parse_float=Decimal)
        n = walk(data)
        if n:
            f.write_text(json.dumps(plain(data), indent=2, ensure_ascii=False) + '\n')
            print(f'{f}: {n} quantities given decimals')
