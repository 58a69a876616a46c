#!/usr/bin/python3
"""Saves a document as a password-protected .docx with LibreOffice through UNO (Debian: python3-uno).

  encrypt_docx.py IN OUT.docx PASSWORD   (LO_PROFILE = user installation URL, optional)

soffice --convert-to cannot set a password; storeToURL with EncryptionData = {CryptoType, OOXPassword}
writes an OOXML file encrypted as Office 2010+ does ("agile" encryption): an OLE compound file, not a zip.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import NamedValue, PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def named(name, value):
    v = NamedValue()
    v.Name, v.Value = name, value
    return v


def main():
    src, out, password = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3]
    pipe = "fixtures_%d" % os.getpid()
    cmd = ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
           "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe]
    if os.environ.get("LO_PROFILE"):
        cmd.insert(1, "-env:UserInstallation=" + os.environ["LO_PROFILE"])
    office = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise SystemExit("LibreOffice did not answer")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
        text = doc.getText().getString()
        # EncryptionData as LibreOffice 7.4's own "save with password" for OOXML sets it (the CryptoType
        # is needed: with OOXPassword alone the store fails with an I/O error).
        enc = PropertyValue()
        enc.Name = "EncryptionData"
        enc.Value = uno.Any("[]com.sun.star.beans.NamedValue",
                            (named("CryptoType", "StrongEncryptionDataSpace"), named("OOXPassword", password)))
        uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(out),
                                       (prop("FilterName", "MS Word 2007 XML"), prop("Overwrite", True), enc)))
        doc.close(True)
        # Check: it opens with the password, and its text is the source's.
        back = desktop.loadComponentFromURL(uno.systemPathToFileUrl(out), "_blank", 0,
                                            (prop("Hidden", True), prop("Password", password)))
        if back is None or back.getText().getString() != text:
            raise SystemExit("the encrypted copy does not open with its password")
        back.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.terminate()
            office.wait(timeout=30)


if __name__ == "__main__":
    main()
