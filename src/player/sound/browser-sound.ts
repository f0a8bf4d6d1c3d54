/** The page's sound: Web Audio, fetch for narration files, and speech synthesis. */
import type { SoundPlatform, SpeechOutput } from './audio-output.ts';

/** `urls` maps a narration file (relative to scenes/) to where the build serves it. */
export function browserSoundPlatform(urls: Readonly<Record<string, string>>): SoundPlatform {
  return {
    createContext: () =>
      typeof AudioContext === 'undefined' ? null : new AudioContext({ latencyHint: 'interactive' }),
    async fetchAudio(file) {
      const url = urls[file];
      if (!url) return null;
      const response = await fetch(url);
      return response.ok ? response.arrayBuffer() : null;
    },
    speech: typeof speechSynthesis === 'undefined' ? null : browserSpeech(speechSynthesis),
  };
}

function browserSpeech(synthesis: SpeechSynthesis): SpeechOutput {
  return {
    speak(text, lang) {
      const voice = synthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang));
      if (!voice) return false;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      synthesis.speak(utterance);
      return true;
    },
    cancel: () => synthesis.cancel(),
  };
}
