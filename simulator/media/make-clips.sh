#!/bin/sh
# Regenerates the three sample clips the relay simulator serves as "generated videos".
# Not run by anything (the clips are committed); kept so the bytes are reproducible.
# Needs an ffmpeg with libx264 and drawtext (libfreetype) plus the DejaVu fonts.
#
# - testsrc2 gives moving content and its own running timestamp, so playing and
#   seeking are visible; the drawn label names the orientation;
# - H.264 High profile + yuv420p plays in every browser; +faststart puts the moov
#   atom first so a <video> can start before the whole file has arrived;
# - 3.5 s at 24 fps and CRF 30 keep all three files at a few hundred KB together.
set -eu
cd "$(dirname "$0")"
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
LABEL="fontfile=$FONT:fontcolor=white:box=1:boxcolor=black@0.6:boxborderw=10:x=(w-tw)/2"

ffmpeg -y -hide_banner -loglevel error \
  -f lavfi -i "testsrc2=size=640x360:rate=24:duration=3.5" \
  -vf "drawtext=$LABEL:text='Relay simulator 16\:9':fontsize=30:y=h-th-30" \
  -c:v libx264 -profile:v high -preset veryslow -crf 30 -pix_fmt yuv420p \
  -movflags +faststart -an landscape.mp4

ffmpeg -y -hide_banner -loglevel error \
  -f lavfi -i "testsrc2=size=360x640:rate=24:duration=3.5" \
  -vf "drawtext=$LABEL:text='Relay simulator 9\:16':fontsize=26:y=h-th-40" \
  -c:v libx264 -profile:v high -preset veryslow -crf 30 -pix_fmt yuv420p \
  -movflags +faststart -an portrait.mp4

ffmpeg -y -hide_banner -loglevel error \
  -f lavfi -i "testsrc2=size=360x360:rate=24:duration=3.5" \
  -vf "drawtext=$LABEL:text='Relay simulator 1\:1':fontsize=26:y=h-th-30" \
  -c:v libx264 -profile:v high -preset veryslow -crf 30 -pix_fmt yuv420p \
  -movflags +faststart -an square.mp4

# Each clip's first frame as a JPEG: the thumbnail a relay serves for `?variant=thumbnail`
# (OpenAI's video content route), where the simulator is told to (`thumb=image`).
for clip in landscape portrait square; do
  ffmpeg -y -hide_banner -loglevel error -i "$clip.mp4" -frames:v 1 -q:v 6 "$clip.jpg"
done

# Clips whose every frame carries its own number as a block code (12 squares along the top,
# most significant first: white = 1), so a test can read which frame each player shows. Four
# lengths, one portrait, for comparing takes in sync (`clip=coded4|coded7|coded10p|coded12`).
code() {
  boxes="drawbox=x=4:y=4:w=344:h=32:color=black:t=fill"
  for k in 0 1 2 3 4 5 6 7 8 9 10 11; do
    x=$((8 + (11 - k) * 28))
    boxes="$boxes,drawbox=x=$x:y=8:w=24:h=24:color=white:t=fill:enable='eq(mod(floor(n/pow(2\,$k))\,2)\,1)'"
  done
  echo "$boxes"
}
coded() { # name size seconds label
  ffmpeg -y -hide_banner -loglevel error \
    -f lavfi -i "testsrc2=size=$2:rate=24:duration=$3" \
    -vf "$(code),drawtext=$LABEL:text='$4':fontsize=24:y=h-th-24" \
    -c:v libx264 -profile:v high -preset medium -crf 34 -pix_fmt yuv420p -g 24 \
    -movflags +faststart -an "$1.mp4"
}
coded coded4 640x360 4 'Coded 4 s'
coded coded7 640x360 7 'Coded 7 s'
coded coded12 640x360 12 'Coded 12 s'
coded coded10p 360x640 10 'Coded 10 s'
for clip in coded4 coded7 coded12 coded10p; do
  ffmpeg -y -hide_banner -loglevel error -i "$clip.mp4" -frames:v 1 -q:v 6 "$clip.jpg"
done

# Reels for the storyboard: 10 s of 1280×720 each, made alike (so their parameter sets match
# and they join without re-encoding), numbered on from one another (reel1 0–239, reel2
# 240–479, reel3 480–719) so the frames of a joined film read in order across the joins.
# reel2a is reel2 with an AAC tone (48 kHz mono), reel3a reel3 with another (44.1 kHz stereo):
# a film whose sound is copied (alike), re-encoded to Opus (they differ) or dropped.
reel() { # name first-frame label [audio]
  boxes="drawbox=x=4:y=4:w=344:h=32:color=black:t=fill"
  for k in 0 1 2 3 4 5 6 7 8 9 10 11; do
    x=$((8 + (11 - k) * 28))
    boxes="$boxes,drawbox=x=$x:y=8:w=24:h=24:color=white:t=fill:enable='eq(mod(floor((n+$2)/pow(2\,$k))\,2)\,1)'"
  done
  if [ "${4:-}" = "audio" ]; then
    audio="-f lavfi -i sine=frequency=440:sample_rate=48000:duration=10"
    codec="-c:a aac -b:a 64k -ac 1"
  elif [ "${4:-}" = "audio2" ]; then
    audio="-f lavfi -i sine=frequency=660:sample_rate=44100:duration=10"
    codec="-c:a aac -b:a 96k -ac 2"
  else
    audio=""
    codec="-an"
  fi
  # shellcheck disable=SC2086
  ffmpeg -y -hide_banner -loglevel error \
    -f lavfi -i "testsrc2=size=1280x720:rate=24:duration=10" $audio \
    -vf "$boxes,drawtext=$LABEL:text='$3':fontsize=36:y=h-th-36" \
    -c:v libx264 -profile:v high -preset medium -crf 38 -pix_fmt yuv420p -g 48 \
    $codec -movflags +faststart "$1.mp4"
  ffmpeg -y -hide_banner -loglevel error -i "$1.mp4" -frames:v 1 -q:v 6 "$1.jpg"
}
reel reel1 0 'Reel 1'
reel reel2 240 'Reel 2'
reel reel3 480 'Reel 3'
reel reel2a 240 'Reel 2 with sound' audio
reel reel3a 480 'Reel 3 with other sound' audio2
