#!/usr/bin/env bash
# Starts cupsd (if it is not running) and adds the cups-pdf queue the print tests use.
# Safe to run any number of times. The print tests find cups-pdf's output through the `Out`
# directive set here, and name their own queues, so each run starts from a known state.
set -euo pipefail
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
OUT=/var/spool/cups-pdf/foyer
CONF=/etc/cups/cups-pdf.conf

# cups-pdf: one fixed output folder for every user (the default is ~/PDF of the job's owner),
# the job's title (which Foyer makes unique) as the file name, plus "-job_N" so nothing is
# overwritten, and files readable by the test runner.
set_key() { # key value
  if $SUDO grep -qE "^#?$1 " "$CONF"; then $SUDO sed -i -E "s|^#?$1 .*|$1 $2|" "$CONF"; else echo "$1 $2" | $SUDO tee -a "$CONF" >/dev/null; fi
}
set_key Out "$OUT"
set_key AnonDirName "$OUT"
set_key Label 2
set_key TitlePref 1
set_key UserUMask 0000
$SUDO mkdir -p "$OUT" && $SUDO chmod 1777 "$OUT"
# The backend must run as root (mode 0700) to write for any user; some images ship it 0755.
$SUDO chmod 0700 /usr/lib/cups/backend/cups-pdf

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  $SUDO mkdir -p /run/cups
  $SUDO cupsd
  for _ in $(seq 1 50); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.2; done
fi
lpstat -r

PPD=$(lpinfo -m 2>/dev/null | awk 'tolower($0) ~ /cups-pdf/ { print $1; exit }')
[ -n "$PPD" ] || { echo "no cups-pdf PPD found (is printer-driver-cups-pdf installed?)" >&2; exit 1; }
# The shared queue; a run that was interrupted may have left it paused or rejecting.
lpstat -p foyer-pdf >/dev/null 2>&1 || $SUDO lpadmin -p foyer-pdf -v cups-pdf:/ -m "$PPD" -E
# cups-pdf gets PostScript; the default (Ghostscript) conversion turns the badge fonts into
# Type 3 glyphs without text, so pdftotext could not read the name. pdftocairo keeps it.
$SUDO lpadmin -p foyer-pdf -o pdftops-renderer-default=pdftocairo
$SUDO cupsenable foyer-pdf
$SUDO cupsaccept foyer-pdf
# Queues the print tests created and did not get to delete.
for q in $(lpstat -p 2>/dev/null | awk '$2 ~ /^foyer-t-/ { print $2 }'); do $SUDO lpadmin -x "$q" || true; done
echo "cups-pdf queue foyer-pdf ($PPD) writes to $OUT" >&2
