#!/usr/bin/env python3
"""The app starts without the caller's voice: Qt Text to Speech and Qt Multimedia (with PulseAudio
and its codecs) are needed by the voice plugin only, which loads at the first rehearsal (#13).

    voice_libraries_test.py APP PLUGIN
"""
import subprocess
import sys

VOICE_LIBRARIES = ("libQt6TextToSpeech", "libQt6Multimedia", "libpulse")


def needed(path):
    dynamic = subprocess.run(["readelf", "-d", path], check=True, capture_output=True, text=True).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in dynamic.splitlines() if "(NEEDED)" in line]


def main():
    app, plugin = sys.argv[1], sys.argv[2]
    in_app = [library for library in needed(app) if library.startswith(VOICE_LIBRARIES)]
    if in_app:
        sys.exit(f"FAIL: the app itself needs {', '.join(in_app)}: every desk would load them at start")
    # The control: the same reading finds them where they belong.
    in_plugin = [library for library in needed(plugin) if library.startswith(VOICE_LIBRARIES)]
    if not in_plugin:
        sys.exit(f"FAIL: the voice plugin {plugin} needs none of {', '.join(VOICE_LIBRARIES)}: the check reads nothing")
    print(f"ok: the app needs none of the voice's libraries; the plugin needs {', '.join(in_plugin)}")


if __name__ == "__main__":
    main()
