#!/usr/bin/env python3
"""Writes the Hugo side of the portsite-vs-Hugo benchmark: one Markdown file per
(port, locale) for ports 0..PORTS-1 in en, tr, de and ar, generated from the same IANA
registry CSV that portsite reads, next to the layouts and i18n files in scripts/hugo/site.

Each page carries what a portsite port page carries at minimum: a paragraph from the
registry description plus two sentences, two highlighted code blocks (bash and PowerShell)
with the port number, an FAQ of three questions, and (from the layouts) a language switcher
and UI strings from Hugo's own i18n files.

Usage: gen_corpus.py REGISTRY_CSV PORTS OUT_DIR
"""

import csv
import json
import shutil
import sys
from pathlib import Path

LOCALES = ["en", "tr", "de", "ar"]

# Per-locale prose. {port}, {service} and {description} are filled per page.
TEXT = {
    "en": {
        "title": "Port {port}",
        "title_named": "Port {port} ({service})",
        "description": "What port {port} is, what the IANA registry says about it, and how to check what is listening on it.",
        "lead": "The IANA registry lists port {port} as: {description}.",
        "sentences": "Nothing stops a program from using a port registered for another. The commands below show which process is listening on port {port} on your own machine.",
        "check": "How to check what is listening",
        "faq": [
            ("What is port {port} used for?", "The IANA registry lists it as: {description}. Programs may still use it for something else."),
            ("Is port {port} safe to open in a firewall?", "Only if a program you run needs it. Close ports you cannot name a listener for."),
            ("How do I see what is listening on port {port}?", "Run the command for your system shown on this page; it prints the process that holds the port."),
        ],
        "home": "Every TCP and UDP port, from the IANA registry.",
        "section": "Ports",
    },
    "tr": {
        "title": "Port {port}",
        "title_named": "Port {port} ({service})",
        "description": "Port {port} nedir, IANA kaydı onun hakkında ne diyor ve hangi programın onu dinlediği nasıl anlaşılır.",
        "lead": "IANA kaydında port {port} şöyle geçer: {description}.",
        "sentences": "Bir programın başka bir hizmete kayıtlı bir portu kullanmasını hiçbir şey engellemez. Aşağıdaki komutlar, kendi makinenizde port {port} üzerinde hangi işlemin dinlediğini gösterir.",
        "check": "Neyin dinlediği nasıl kontrol edilir",
        "faq": [
            ("Port {port} ne için kullanılır?", "IANA kaydı onu şöyle listeler: {description}. Programlar yine de onu başka bir amaçla kullanabilir."),
            ("Port {port} güvenlik duvarında açılabilir mi?", "Yalnızca çalıştırdığınız bir program buna ihtiyaç duyuyorsa. Dinleyicisini bilmediğiniz portları kapalı tutun."),
            ("Port {port} üzerinde neyin dinlediğini nasıl görürüm?", "Bu sayfadaki, sisteminize uygun komutu çalıştırın; portu tutan işlemi yazdırır."),
        ],
        "home": "IANA kaydındaki her TCP ve UDP portu.",
        "section": "Portlar",
    },
    "de": {
        "title": "Port {port}",
        "title_named": "Port {port} ({service})",
        "description": "Was Port {port} ist, was das IANA-Register darüber sagt und wie man prüft, was darauf lauscht.",
        "lead": "Das IANA-Register führt Port {port} als: {description}.",
        "sentences": "Nichts hindert ein Programm daran, einen für einen anderen Dienst registrierten Port zu benutzen. Die Befehle unten zeigen, welcher Prozess auf Ihrem Rechner auf Port {port} lauscht.",
        "check": "Prüfen, was lauscht",
        "faq": [
            ("Wofür wird Port {port} verwendet?", "Das IANA-Register führt ihn als: {description}. Programme können ihn trotzdem anders nutzen."),
            ("Darf ich Port {port} in der Firewall öffnen?", "Nur wenn ein Programm, das Sie betreiben, ihn braucht. Schließen Sie Ports, deren Dienst Sie nicht benennen können."),
            ("Wie sehe ich, was auf Port {port} lauscht?", "Führen Sie den Befehl für Ihr System auf dieser Seite aus; er zeigt den Prozess, der den Port belegt."),
        ],
        "home": "Jeder TCP- und UDP-Port aus dem IANA-Register.",
        "section": "Ports",
    },
    "ar": {
        "title": "المنفذ {port}",
        "title_named": "المنفذ {port} ({service})",
        "description": "ما هو المنفذ {port}، وماذا يقول عنه سجل IANA، وكيف تعرف ما الذي يستمع عليه.",
        "lead": "يدرج سجل IANA المنفذ {port} على أنه: {description}.",
        "sentences": "لا شيء يمنع برنامجًا من استخدام منفذ مسجل لخدمة أخرى. تُظهر الأوامر أدناه العملية التي تستمع على المنفذ {port} في جهازك.",
        "check": "كيف تتحقق مما يستمع",
        "faq": [
            ("ما استخدام المنفذ {port}؟", "يدرجه سجل IANA على أنه: {description}. وقد تستخدمه البرامج لغرض آخر."),
            ("هل فتح المنفذ {port} في الجدار الناري آمن؟", "فقط إذا احتاجه برنامج تشغّله. أغلق المنافذ التي لا تعرف ما يستمع عليها."),
            ("كيف أرى ما يستمع على المنفذ {port}؟", "شغّل الأمر الخاص بنظامك في هذه الصفحة؛ فهو يطبع العملية التي تشغل المنفذ."),
        ],
        "home": "كل منافذ TCP وUDP من سجل IANA.",
        "section": "المنافذ",
    },
}

BASH = "sudo lsof -nP -iTCP:{port} -sTCP:LISTEN"
POWERSHELL = (
    "Get-NetTCPConnection -LocalPort {port} -State Listen | "
    "Select-Object LocalAddress, LocalPort, OwningProcess"
)

MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})


def read_registry(path, ports):
    """The first service name and description the registry gives each port below `ports`."""
    names = [""] * ports
    descriptions = [""] * ports
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            number = row["Port Number"].strip()
            if not number:
                continue
            low, _, high = number.partition("-")
            first, last = int(low), int(high or low)
            for port in range(first, min(last, ports - 1) + 1):
                if not descriptions[port] and row["Description"].strip():
                    descriptions[port] = " ".join(row["Description"].split())
                if not names[port] and row["Service Name"].strip():
                    names[port] = row["Service Name"].strip()
    return names, descriptions


def page(lang, port, name, description):
    """The Markdown file of one port in one locale."""
    t = TEXT[lang]
    fill = {
        "port": port,
        "service": name,
        "description": (description or "Unassigned").rstrip("."),
    }
    title = (t["title_named"] if name else t["title"]).format(**fill)
    faq = [{"q": q.format(**fill), "a": a.format(**fill)} for q, a in t["faq"]]
    front = [
        "---",
        f"title: {json.dumps(title, ensure_ascii=False)}",
        f"description: {json.dumps(t['description'].format(**fill), ensure_ascii=False)}",
        f"weight: {port + 1}",
        f"port: {port}",
        f"service: {json.dumps(name)}",
        f"faq: {json.dumps(faq, ensure_ascii=False)}",
        "---",
    ]
    prose = {k: v.translate(MARKDOWN_SPECIAL) if isinstance(v, str) else v for k, v in fill.items()}
    body = [
        t["lead"].format(**prose) + " " + t["sentences"].format(**prose),
        "",
        "## " + t["check"],
        "",
        "```bash",
        BASH.format(port=port),
        "```",
        "",
        "```powershell",
        POWERSHELL.format(port=port),
        "```",
        "",
    ]
    return "\n".join(front + [""] + body)


def write_lists(content):
    """The home page and the ports section, in every locale."""
    for lang in LOCALES:
        t = TEXT[lang]
        (content / f"_index.{lang}.md").write_text(
            f"---\ntitle: portsite\n---\n\n{t['home']}\n", encoding="utf-8"
        )
        (content / "ports" / f"_index.{lang}.md").write_text(
            f"---\ntitle: {json.dumps(t['section'], ensure_ascii=False)}\n---\n", encoding="utf-8"
        )


def main(argv):
    if len(argv) != 4:
        sys.exit("usage: gen_corpus.py REGISTRY_CSV PORTS OUT_DIR")
    registry, ports, out = Path(argv[1]), int(argv[2]), Path(argv[3])
    if not 1 <= ports <= 65536:
        sys.exit(f"PORTS must be between 1 and 65536, not {ports}")
    if out.exists():
        sys.exit(f"{out} already exists; give a new folder")
    shutil.copytree(Path(__file__).resolve().parent / "site", out)
    content = out / "content"
    (content / "ports").mkdir(parents=True)
    write_lists(content)
    names, descriptions = read_registry(registry, ports)
    for port in range(ports):
        folder = content / "ports" / str(port)
        folder.mkdir()
        for lang in LOCALES:
            text = page(lang, port, names[port], descriptions[port])
            (folder / f"index.{lang}.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
