/**
 * The player's icons: Lucide (ISC licence, see CREDITS.md), imported one by one so the bundle
 * carries only these. They are decoration: every control names itself in words.
 */
export {
  Captions,
  CaptionsOff,
  ChevronDown,
  ChevronUp,
  Clapperboard,
  Info,
  Keyboard,
  Languages,
  Maximize,
  Minimize,
  Pause,
  Play,
  RotateCcw,
  RotateCw,
  Scissors,
  Settings,
  X,
} from 'lucide-react';
export type { LucideIcon } from 'lucide-react';
