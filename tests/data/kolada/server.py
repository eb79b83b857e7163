#!/usr/bin/python3
"""A stand-in for Kolada's API v3 on 127.0.0.1, for tests that must not reach the internet.

Prints the port it listens on, then serves the JSON files beside it:
  /v3/data/kpi/N15033/municipality/0180,0000/…   two pages (next_url), the second revised on later asks
  /v3/data/kpi/N99999/…                           no values (an unknown KPI)
  /v3/data/kpi/N00404/…                           404
  /v3/data/kpi/N00500/…                           500
  /v3/data/kpi/N00777/…                           answers after 5 seconds
  /v3/kpi?title=…                                 a list of KPIs
  /v3/data/kpi/N15033/municipality/G33612/…      a municipality group's values
  /v3/municipality_groups/G33612                  the group's title and members (other groups: 404)
  any list of more than 25 municipalities or years: 400, as Kolada v3 answers
Page 1 of N15033 names page 2 by its full address on Kolada's public host, as Kolada does.
Every path asked for is appended to asked.log in the folder given as argument 1.
"""
import http.server
import os
import socketserver
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LOG = os.path.join(sys.argv[1], "asked.log") if len(sys.argv) > 1 else os.devnull
asked_page2 = 0


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_file(self, name, status=200):
        with open(os.path.join(HERE, name), "rb") as f:
            body = f.read()
        self.send_json(body, status)

    def send_json(self, body, status=200):
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        global asked_page2
        with open(LOG, "a") as log:
            log.write(self.path + "\n")
        p = self.path
        lists = p.split("?")[0].split("/")
        for kind in ("municipality", "year", "ou"):
            if kind in lists and lists.index(kind) + 1 < len(lists) and len(lists[lists.index(kind) + 1].split(",")) > 25:
                return self.send_json(b'{"error": "Too many ids: at most 25"}', 400)
        if p.split("?")[0] == "/v3/municipality_groups/G33612":
            return self.send_file("municipality_group_G33612.json")
        if p.startswith("/v3/data/kpi/N15033/municipality/G33612/"):
            return self.send_file("n15033_group.json")
        if p.startswith("/v3/data/kpi/N15033/municipality/") and "0180,0000/" not in p:
            return self.send_file("empty.json")
        if p.startswith("/v3/kpi?"):
            return self.send_file("kpi_search.json")
        if p.startswith("/v3/data/kpi/N15033/municipality/0180,0000/"):
            if "page=2" in p:
                asked_page2 += 1
                return self.send_file("n15033_page2.json" if asked_page2 == 1 else "n15033_page2_revised.json")
            return self.send_file("n15033_page1.json")
        if p.startswith("/v3/data/kpi/N99999/"):
            return self.send_file("empty.json")
        if p.startswith("/v3/data/kpi/N00404/"):
            return self.send_json(b'{"error": "Not found"}', 404)
        if p.startswith("/v3/data/kpi/N00500/"):
            return self.send_json(b'{"error": "Internal server error"}', 500)
        if p.startswith("/v3/data/kpi/N00777/"):
            time.sleep(5)
            return self.send_file("empty.json")
        return self.send_json(b'{"error": "No such path"}', 404)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


server = Server(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
