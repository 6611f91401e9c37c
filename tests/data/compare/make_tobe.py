#!/usr/bin/env python3
"""Writes acme-tobe.orgmap.json: a to-be of resources/examples/acme.orgmap.json
without the domain cycle and the orphans, for the compare tests and the
screenshots. Run from the repository root; the output is checked with
`orgmap-cli check` (no domain-cycle, unowned or no-domain finding)."""
import json
import sys

src = json.load(open('resources/examples/acme.orgmap.json'))
m = json.loads(json.dumps(src))
m['name'] = 'Fjord & Finch - to-be'
m['description'] = ('The target organisation: Orders no longer hears back from the domains it '
                    'calls (no domain cycle), finance has its own team, nothing is orphaned.')

assets = {a['id']: a for a in m['assets']}
# Orphans: the legacy CRM goes, the ledger gets an owner, the newsletter list a domain.
m['assets'] = [a for a in m['assets'] if a['id'] != 's-legacy-crm']
m['links'] = [l for l in m['links'] if 's-legacy-crm' not in (l['from'], l['to'])]
m['teams'].append({'id': 't-finance-ops', 'name': 'Finance Ops', 'type': 'stream-aligned'})
assets['s-ledger']['owner'] = 't-finance-ops'
assets['s-invoicing']['owner'] = 't-finance-ops'
assets['dp-newsletter-list']['domain'] = 'd-marketing'
# Scattered teams: promotions move to marketing, the basket to the checkout crew.
assets['s-promotions']['domain'] = 'd-marketing'
assets['s-basket']['owner'] = 't-checkout'
assets['s-orders']['name'] = 'Orders'
# The domain cycle: everything that called or notified Sales' Orders now is
# called or notified by it.
gone = {('s-loyalty', 's-orders', 'event'), ('s-payment-gateway', 's-orders', 'event'),
        ('s-shipping', 's-orders', 'event'), ('s-returns', 's-orders', 'api'),
        ('s-pricing', 'dp-orders', 'data'), ('s-fraud-scoring', 'dp-orders', 'data')}
m['links'] = [l for l in m['links'] if (l['from'], l['to'], l['kind']) not in gone]
m['links'] += [{'from': 's-orders', 'to': 's-loyalty', 'kind': 'event'},
               {'from': 's-orders', 'to': 's-shipping', 'kind': 'event'},
               {'from': 's-orders', 'to': 's-returns', 'kind': 'api'},
               {'from': 's-returns-portal', 'to': 's-returns', 'kind': 'api'}]
# A new asset.
m['assets'].append({'id': 's-returns-portal', 'kind': 'service', 'name': 'Returns Portal',
                    'domain': 'd-fulfilment', 'owner': 't-delivery'})
m['assets'].sort(key=lambda a: a['id'])
m['teams'].sort(key=lambda t: t['id'])
m['links'].sort(key=lambda l: (l['from'], l['to'], l['kind']))
json.dump(m, open(sys.argv[1] if len(sys.argv) > 1 else 'tests/data/compare/acme-tobe.orgmap.json',
                  'w'), indent=2, ensure_ascii=False)
