import { useEffect, useRef, useState } from 'react';
import { useAppState, usePlayer } from '../player/player-context.ts';
import { clipFileName, subtitlePath, SUBTITLE_LANGS } from '../core/record/clip-files.ts';
import { CLIP_DEFAULTS, type ClipFormat, type RenderQuality } from '../core/record/clip-plan.ts';
import { formatDuration } from '../core/record/progress.ts';
import { hasSound } from '../core/script/compile-sound.ts';
import { useClipRecorder } from './clip-recorder-context.ts';
import { createMemoryFile } from './memory-file.ts';
import './record-dialog.css';
import { t } from './strings.ts';
import { useFocusTrap } from './useFocusTrap.ts';

export interface RecordDialogProps {
  /** The clip's range in playback seconds (the player's in and out marks). */
  fromSec: number;
  toSec: number;
  onClose: () => void;
}

const SIZES = ['640x360', '1280x720', '1920x1080'] as const;
const FPS = [24, 25, 30, 60] as const;
const QUALITIES: readonly RenderQuality[] = ['low', 'medium', 'high'];

interface Download {
  readonly name: string;
  readonly url: string;
}

type Phase =
  | { kind: 'options' }
  | { kind: 'recording'; done: number; total: number; elapsedSec: number }
  | { kind: 'done'; downloads: Download[]; bytes: number; opusInMp4: boolean }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

/**
 * Records the marked range with the same recorder (and so the same file) as `npm run record`:
 * options, then progress with Cancel, then the video and its subtitles to download.
 */
export function RecordDialog({ fromSec, toSec, onClose }: RecordDialogProps) {
  const { wall } = usePlayer();
  const recordClip = useClipRecorder();
  const lang = useAppState((s) => s.lang);
  const sceneId = useAppState((s) => s.scene?.id ?? '');
  const [format, setFormat] = useState<ClipFormat>('mp4');
  const [size, setSize] = useState<string>(`${CLIP_DEFAULTS.width}x${CLIP_DEFAULTS.height}`);
  const [fps, setFps] = useState<number>(CLIP_DEFAULTS.fps);
  const [quality, setQuality] = useState<RenderQuality>(CLIP_DEFAULTS.quality);
  const [burn, setBurn] = useState(true);
  // Sound by default where the scene has some, as the command line does.
  const sceneHasSound = useAppState((s) => (s.scene ? hasSound(s.scene.sound) : false));
  const [withSound, setWithSound] = useState(sceneHasSound);
  const [phase, setPhase] = useState<Phase>({ kind: 'options' });
  const abort = useRef<AbortController | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog);
  const urls = useRef<string[]>([]);

  useEffect(
    () => () => {
      abort.current?.abort();
      for (const url of urls.current) URL.revokeObjectURL(url);
    },
    [],
  );

  const start = async () => {
    const [width, height] = size.split('x').map(Number) as [number, number];
    const controller = new AbortController();
    abort.current = controller;
    const file = createMemoryFile();
    let startedSec = wall.nowSec();
    setPhase({ kind: 'recording', done: 0, total: 0, elapsedSec: 0 });
    try {
      if (!recordClip) throw new Error('clips cannot be recorded here');
      const clip = await recordClip(
        {
          sceneId,
          from: { kind: 'playback', sec: fromSec },
          to: { kind: 'playback', sec: toSec },
          fps,
          width,
          height,
          lang,
          captions: burn ? 'burn' : 'none',
          quality,
          format,
          audio: withSound ? 'on' : 'off',
        },
        {
          write: file.write,
          signal: controller.signal,
          progress: (done, total) => {
            // 0 frames done: record mode is ready; the rate counts from here.
            if (done === 0) startedSec = wall.nowSec();
            setPhase({
              kind: 'recording',
              done,
              total,
              elapsedSec: wall.nowSec() - startedSec,
            });
          },
        },
      );
      const name = clipFileName(clip.plan);
      const video = file.toBlob(format === 'mp4' ? 'video/mp4' : 'video/webm');
      const downloads: Download[] = [{ name, url: URL.createObjectURL(video) }];
      for (const subtitleLang of SUBTITLE_LANGS) {
        for (const kind of ['vtt', 'srt'] as const) {
          const text = clip.subtitles[subtitleLang][kind];
          const type = kind === 'vtt' ? 'text/vtt' : 'application/x-subrip';
          downloads.push({
            name: subtitlePath(name, subtitleLang, kind),
            url: URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` })),
          });
        }
      }
      urls.current.push(...downloads.map((d) => d.url));
      setPhase({
        kind: 'done',
        downloads,
        bytes: video.size,
        opusInMp4: format === 'mp4' && clip.audioCodec === 'opus',
      });
    } catch (error) {
      if (controller.signal.aborted) setPhase({ kind: 'cancelled' });
      else
        setPhase({
          kind: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
    } finally {
      abort.current = null;
    }
  };

  const recording = phase.kind === 'recording';
  return (
    <div className="record-backdrop">
      <div
        ref={dialog}
        className="record-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="record-title"
        onKeyDown={(event) => {
          // Escape closes the dialog (not the panels behind it), unless a recording runs.
          if (event.key !== 'Escape') return;
          event.preventDefault();
          event.stopPropagation();
          if (phase.kind !== 'recording') onClose();
        }}
      >
        <h2 id="record-title">{t('recordClip', lang)}</h2>
        <p className="record-range">
          {t('recordRange', lang)}: {fromSec.toFixed(1)}–{toSec.toFixed(1)} s (
          {(toSec - fromSec).toFixed(1)} s)
        </p>
        {phase.kind === 'options' ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void start();
            }}
          >
            <label>
              {t('recordFormat', lang)}
              <select
                aria-label={t('recordFormat', lang)}
                value={format}
                onChange={(e) => setFormat(e.currentTarget.value as ClipFormat)}
              >
                <option value="mp4">MP4 (H.264)</option>
                <option value="webm">WebM (VP9)</option>
              </select>
            </label>
            <label>
              {t('recordSize', lang)}
              <select
                aria-label={t('recordSize', lang)}
                value={size}
                onChange={(e) => setSize(e.currentTarget.value)}
              >
                {SIZES.map((s) => (
                  <option key={s} value={s}>
                    {s.replace('x', '×')}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('recordFps', lang)}
              <select
                aria-label={t('recordFps', lang)}
                value={fps}
                onChange={(e) => setFps(Number(e.currentTarget.value))}
              >
                {FPS.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('recordQuality', lang)}
              <select
                aria-label={t('recordQuality', lang)}
                value={quality}
                onChange={(e) => setQuality(e.currentTarget.value as RenderQuality)}
              >
                {QUALITIES.map((q) => (
                  <option key={q} value={q}>
                    {q}
                  </option>
                ))}
              </select>
            </label>
            <label className="record-check">
              <input
                type="checkbox"
                checked={burn}
                onChange={(e) => setBurn(e.currentTarget.checked)}
              />
              {t('recordCaptions', lang)}
            </label>
            <label className="record-check">
              <input
                type="checkbox"
                checked={withSound}
                data-testid="record-audio"
                onChange={(e) => setWithSound(e.currentTarget.checked)}
              />
              {t('recordAudio', lang)}
            </label>
            <div className="record-actions">
              <button type="button" onClick={onClose}>
                {t('close', lang)}
              </button>
              <button type="submit" className="record-start">
                {t('recordStart', lang)}
              </button>
            </div>
          </form>
        ) : null}
        {recording ? (
          <div className="record-progress" data-testid="record-progress">
            <progress value={phase.done} max={phase.total || 1} />
            <p>
              {phase.done}/{phase.total || '…'} {t('recordFrames', lang)}
              {phase.done > 0
                ? ` · ${(phase.done / phase.elapsedSec).toFixed(2)} ${t('recordFrames', lang)}/s · ${t('recordLeft', lang)} ${formatDuration(((phase.total - phase.done) * phase.elapsedSec) / phase.done)}`
                : null}
            </p>
            <div className="record-actions">
              <button type="button" onClick={() => abort.current?.abort()}>
                {t('recordCancel', lang)}
              </button>
            </div>
          </div>
        ) : null}
        {phase.kind === 'done' ? (
          <div className="record-done">
            <p>
              {t('recordDone', lang)} (
              {phase.bytes < 1e6
                ? `${Math.ceil(phase.bytes / 1e3)} kB`
                : `${(phase.bytes / 1e6).toFixed(1)} MB`}
              )
            </p>
            {phase.opusInMp4 ? <p className="record-note">{t('recordOpusInMp4', lang)}</p> : null}
            <ul>
              {phase.downloads.map((d) => (
                <li key={d.name}>
                  <a href={d.url} download={d.name}>
                    {d.name}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {phase.kind === 'failed' ? (
          <p role="alert">
            {t('recordFailed', lang)}: {phase.message}
          </p>
        ) : null}
        {phase.kind === 'cancelled' ? <p role="status">{t('recordCancelled', lang)}</p> : null}
        {phase.kind !== 'options' && !recording ? (
          <div className="record-actions">
            <button type="button" onClick={onClose}>
              {t('close', lang)}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
