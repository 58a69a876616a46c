#!/usr/bin/env python3
"""Extracts from schema.org's vocabulary what the JSON-LD test needs: the given classes with their ancestors
and every property whose domain includes one of them (id, domain, range only), plus the data types.

Usage: extract.py schemaorg-current-https.jsonld > vocabulary.json
Source: https://github.com/schemaorg/schemaorg, data/releases/30.0/schemaorg-current-https.jsonld
(schema.org, CC BY-SA 3.0)."""
import json
import sys

ROOTS = ["schema:Occupation", "schema:CategoryCode", "schema:CategoryCodeSet", "schema:DefinedTerm"]


def ids(value):
    values = value if isinstance(value, list) else ([] if value is None else [value])
    return sorted(v["@id"] for v in values)


def types(node):
    return node["@type"] if isinstance(node["@type"], list) else [node["@type"]]


graph = json.load(open(sys.argv[1]))["@graph"]
nodes = {n["@id"]: n for n in graph}
classes = {}
todo = list(ROOTS)
while todo:
    name = todo.pop()
    if name in classes or name not in nodes:
        continue
    classes[name] = ids(nodes[name].get("rdfs:subClassOf"))
    todo.extend(classes[name])
data_types = {n["@id"]: ids(n.get("rdfs:subClassOf")) for n in graph if "schema:DataType" in types(n)
              or any(p in ("schema:Text", "schema:DataType") for p in ids(n.get("rdfs:subClassOf")))}
properties = {}
for n in graph:
    if "rdf:Property" in types(n):
        domain = ids(n.get("schema:domainIncludes"))
        if any(d in classes for d in domain):
            properties[n["@id"]] = {"domain": domain, "range": ids(n.get("schema:rangeIncludes"))}
print(json.dumps({"source": "schema.org release 30.0 (CC BY-SA 3.0), extracted by extract.py",
                  "classes": dict(sorted(classes.items())), "dataTypes": dict(sorted(data_types.items())),
                  "properties": dict(sorted(properties.items()))}, indent=1, sort_keys=False))
