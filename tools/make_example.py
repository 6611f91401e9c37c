#!/usr/bin/env python3
"""Writes resources/examples/acme.orgmap.json: the hand-written example map of a
fictional outdoor-gear retailer, in canonical form (sorted, 2-space indent).

The map is authored here rather than by hand in JSON so that its canonical form
is produced by an implementation independent of OrgMap's own writer; the test
suite checks that OrgMap's import + export reproduces these bytes exactly."""
import json, sys

TEAMS = [
    ("t-browse", "Browse & Buy", "stream-aligned", "Owns the shopping journey from search to basket."),
    ("t-checkout", "Checkout Crew", "stream-aligned", "Checkout, orders and order history."),
    ("t-delivery", "Delivery Experience", "stream-aligned", "Stock, shipping and returns as the customer sees them."),
    ("t-members", "Members", "stream-aligned", "Accounts, loyalty and customer service tools."),
    ("t-growth", "Growth", "stream-aligned", "Campaigns, recommendations and experiments."),
    ("t-data-platform", "Data Platform", "platform", "Self-serve data infrastructure for every domain."),
    ("t-payments-platform", "Payments Platform", "platform", "Payment service providers behind one API."),
    ("t-cloud", "Cloud Foundations", "platform", "Runtime, messaging and observability."),
    ("t-sre-enablement", "SRE Enablement", "enabling", "Coaches teams on reliability practices."),
    ("t-data-literacy", "Data Literacy", "enabling", "Helps domains publish good data products."),
    ("t-pricing-science", "Pricing Science", "complicated-subsystem", "Dynamic pricing models."),
    ("t-fraud-models", "Fraud Models", "complicated-subsystem", "Real-time fraud scoring."),
]

DOMAINS = [
    # id, name, parent, owner, colour, description
    ("d-catalog", "Catalog", None, "t-browse", "#dbeafe", "Products, prices and how customers find them."),
    ("d-search", "Search & Discovery", "d-catalog", "t-browse", "#e0f2fe", None),
    ("d-sales", "Sales", None, "t-checkout", "#fef3c7", "Turning baskets into paid orders."),
    ("d-checkout", "Checkout", "d-sales", "t-checkout", "#fde68a", None),
    ("d-fulfilment", "Fulfilment", None, "t-delivery", "#dcfce7", "Warehouses, shipping and returns."),
    ("d-payments", "Payments", None, "t-payments-platform", "#ede9fe", None),
    ("d-customer", "Customer", None, "t-members", "#fce7f3", "Who our customers are and how we serve them."),
    ("d-marketing", "Marketing", None, "t-growth", "#ffedd5", None),
    ("d-finance", "Finance", None, None, "#f1f5f9", "Ledger, invoicing and reporting."),
    ("d-data-platform", "Data Platform", None, "t-data-platform", "#e2e8f0", None),
    ("d-sustainability", "Sustainability", None, None, "#ecfccb", "Planned: carbon reporting per order. Nothing built yet."),
]

# id, kind, name, domain, owner, extra
S, D = "service", "data-product"
ASSETS = [
    ("s-product-catalog", S, "Product Catalog", "d-catalog", "t-browse", {"tags": ["core"], "documentation": "https://wiki.example.com/catalog"}),
    ("s-pricing", S, "Pricing Engine", "d-catalog", "t-pricing-science", {}),
    ("dp-product-feed", D, "Product Feed", "d-catalog", "t-browse", {"ports": [{"name": "products", "type": "topic", "location": "kafka://catalog.products.v2"}], "classification": "public", "contract": "contracts/product-feed.yaml"}),
    ("s-search", S, "Search API", "d-search", "t-browse", {}),
    ("dp-search-clicks", D, "Search Clickstream", "d-search", "t-browse", {"ports": [{"name": "clicks", "type": "table", "location": "lake.search.clicks"}], "classification": "internal"}),
    ("s-basket", S, "Basket", "d-sales", "t-browse", {}),
    ("s-orders", S, "Order Service", "d-sales", "t-checkout", {"tags": ["core", "tier-1"], "description": "System of record for orders."}),
    ("dp-orders", D, "Orders", "d-sales", "t-checkout", {"ports": [{"name": "orders", "type": "table", "location": "lake.sales.orders"}, {"name": "order-events", "type": "topic", "location": "kafka://sales.orders.v1"}], "classification": "confidential", "contract": "contracts/orders.yaml"}),
    ("s-checkout", S, "Checkout API", "d-checkout", "t-checkout", {}),
    ("s-promotions", S, "Promotions", "d-checkout", "t-growth", {}),
    ("s-inventory", S, "Inventory", "d-fulfilment", "t-delivery", {}),
    ("s-shipping", S, "Shipping", "d-fulfilment", "t-delivery", {}),
    ("s-returns", S, "Returns", "d-fulfilment", "t-delivery", {}),
    ("dp-stock-levels", D, "Stock Levels", "d-fulfilment", "t-delivery", {"ports": [{"name": "stock", "type": "api", "location": "https://api.example.com/stock"}], "classification": "internal"}),
    ("dp-returns-analytics", D, "Returns Analytics", "d-fulfilment", "t-delivery", {"ports": [{"name": "returns", "type": "file", "location": "s3://lake/returns/"}], "classification": "internal", "description": "Reasons and costs of returns; nobody reads it yet."}),
    ("s-payment-gateway", S, "Payment Gateway", "d-payments", "t-payments-platform", {"tags": ["pci"]}),
    ("s-fraud-scoring", S, "Fraud Scoring", "d-payments", "t-fraud-models", {}),
    ("dp-payments", D, "Settled Payments", "d-payments", "t-payments-platform", {"ports": [{"name": "settlements", "type": "table", "location": "lake.payments.settled"}], "classification": "restricted"}),
    ("s-accounts", S, "Customer Accounts", "d-customer", "t-members", {}),
    ("s-loyalty", S, "Loyalty Points", "d-customer", "t-growth", {}),
    ("dp-customer-360", D, "Customer 360", "d-customer", "t-members", {"ports": [{"name": "profiles", "type": "table", "location": "lake.customer.profiles"}], "classification": "confidential", "contract": "contracts/customer-360.yaml"}),
    ("s-campaigns", S, "Campaign Manager", "d-marketing", "t-growth", {}),
    ("s-recommendations", S, "Recommendations", "d-marketing", "t-growth", {}),
    ("dp-campaign-performance", D, "Campaign Performance", "d-marketing", "t-growth", {"ports": [{"name": "performance", "type": "table", "location": "lake.marketing.performance"}], "classification": "internal"}),
    ("s-ledger", S, "General Ledger", "d-finance", None, {"description": "Bought-in ERP module; the team that ran it was dissolved."}),
    ("s-invoicing", S, "Invoicing", "d-finance", "t-checkout", {}),
    ("dp-revenue", D, "Revenue", "d-finance", "t-data-platform", {"ports": [{"name": "revenue", "type": "table", "location": "lake.finance.revenue"}], "classification": "confidential"}),
    ("s-event-bus", S, "Event Bus", "d-data-platform", "t-cloud", {"tags": ["platform"]}),
    ("s-lakehouse", S, "Lakehouse", "d-data-platform", "t-data-platform", {"tags": ["platform"]}),
    ("s-legacy-crm", S, "Legacy CRM", None, None, {"description": "Still answers the call centre; nobody claims it.", "tags": ["legacy"]}),
    ("dp-newsletter-list", D, "Newsletter Subscribers", None, "t-growth", {"ports": [{"name": "subscribers", "type": "file", "location": "s3://marketing/newsletter.csv"}], "classification": "confidential"}),
]

LINKS = [
    ("s-search", "s-product-catalog", "api"), ("s-search", "dp-product-feed", "data"),
    ("s-product-catalog", "s-pricing", "api"), ("s-product-catalog", "dp-stock-levels", "data"),
    ("s-basket", "s-product-catalog", "api"), ("s-basket", "s-pricing", "api"),
    ("s-checkout", "s-basket", "api"), ("s-checkout", "s-orders", "api"),
    ("s-checkout", "s-promotions", "api"), ("s-checkout", "s-payment-gateway", "api"),
    ("s-orders", "s-inventory", "api"), ("s-orders", "s-payment-gateway", "api"),
    ("s-orders", "s-accounts", "api"), ("s-orders", "s-event-bus", "event"),
    ("s-shipping", "s-orders", "event"), ("s-returns", "s-orders", "api"),
    ("s-payment-gateway", "s-orders", "event"), ("s-payment-gateway", "s-fraud-scoring", "api"),
    ("s-fraud-scoring", "dp-customer-360", "data"), ("s-fraud-scoring", "dp-orders", "data"),
    ("s-inventory", "s-event-bus", "event"), ("s-shipping", "s-inventory", "api"),
    ("s-returns", "s-payment-gateway", "api"), ("s-loyalty", "s-orders", "event"),
    ("s-loyalty", "s-accounts", "api"), ("s-recommendations", "dp-search-clicks", "data"),
    ("s-recommendations", "dp-customer-360", "data"), ("s-recommendations", "dp-product-feed", "data"),
    ("s-campaigns", "dp-customer-360", "data"), ("s-campaigns", "dp-newsletter-list", "data"),
    ("s-invoicing", "s-orders", "api"), ("s-invoicing", "s-ledger", "api"),
    ("s-ledger", "dp-payments", "data"), ("s-pricing", "dp-orders", "data"),
    ("s-legacy-crm", "s-accounts", "api"), ("s-legacy-crm", "dp-orders", "data"),
    ("s-lakehouse", "s-event-bus", "event"), ("s-promotions", "dp-campaign-performance", "data"),
    ("s-accounts", "s-event-bus", "event"),
]

# from, to, mode
INTERACTIONS = [
    ("t-checkout", "t-payments-platform", "x-as-a-service"),
    ("t-browse", "t-data-platform", "x-as-a-service"),
    ("t-growth", "t-data-platform", "x-as-a-service"),
    ("t-delivery", "t-cloud", "x-as-a-service"),
    ("t-checkout", "t-delivery", "collaboration"),
    ("t-browse", "t-pricing-science", "collaboration"),
    ("t-sre-enablement", "t-checkout", "facilitating"),
    ("t-data-literacy", "t-delivery", "facilitating"),
]


def main(path):
    doc = {"format": "orgmap", "version": 1, "name": "Fjord & Finch - target 2027",
           "description": "An outdoor-gear retailer reorganising around domains. Hand-written example for OrgMap."}
    doc["domains"] = []
    for id_, name, parent, owner, colour, desc in sorted(DOMAINS):
        d = {"id": id_, "name": name}
        if parent: d["parent"] = parent
        if owner: d["owner"] = owner
        if desc: d["description"] = desc
        d["color"] = colour
        doc["domains"].append(d)
    doc["teams"] = []
    for id_, name, type_, desc in sorted(TEAMS):
        doc["teams"].append({"id": id_, "name": name, "type": type_, "description": desc})
    doc["assets"] = []
    order = ["id", "kind", "name", "domain", "owner", "description", "tags", "geometry", "ports",
             "contract", "documentation", "classification"]
    for id_, kind, name, domain, owner, extra in sorted(ASSETS):
        a = {"id": id_, "kind": kind, "name": name}
        if domain: a["domain"] = domain
        if owner: a["owner"] = owner
        a.update(extra)
        doc["assets"].append({k: a[k] for k in order if k in a})
    doc["links"] = [{"from": f, "to": t, "kind": k} for f, t, k in sorted(LINKS)]
    doc["interactions"] = [{"from": f, "to": t, "mode": m} for f, t, m in sorted(INTERACTIONS)]
    ids = [d[0] for d in DOMAINS] + [t[0] for t in TEAMS] + [a[0] for a in ASSETS]
    assert len(ids) == len(set(ids)), "ids must be unique"
    assert len(LINKS) == len(set(LINKS))
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "resources/examples/acme.orgmap.json")
