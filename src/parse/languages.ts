// The format's section names, field labels and status words in the languages
// reports are written in besides English. One table per language: adding a
// language is adding a table. Names are written as `headingKey` leaves them
// (lower case, no emoji, no parenthetical, no trailing colon) and map to the
// English name the parser looks for.

import type { TaskStatus } from '../model.js'

export interface Language {
  /** Section headings and field labels: local name → English name. */
  names: Record<string, string>
  /** Status words (first word of the value, lower case) → status. */
  statuses: Record<string, TaskStatus>
  /** Words that mean "nothing" (`None`). */
  none: string[]
}

const FR: Language = {
  names: {
    statut: 'status',
    état: 'status',
    rôle: 'role',
    résumé: 'summary',
    'résumé exécutif': 'executive summary',
    synthèse: 'summary',
    'fichiers touchés': 'files touched',
    'fichiers modifiés': 'files changed',
    créés: 'created',
    'fichiers créés': 'created',
    modifiés: 'modified',
    supprimés: 'deleted',
    'fichiers supprimés': 'deleted',
    bloqueurs: 'blockers',
    'blocages et questions ouvertes': 'blockers & open questions',
    blocages: 'blockers',
    'résultats des portes iosm': 'iosm quality gate results',
    'portes de qualité': 'quality gates',
    'contrôles qualité iosm': 'iosm quality checks',
    'dépend de': 'depends on',
    dépendances: 'depends on',
    touche: 'touches',
    objectif: 'goal',
    'tâches de suivi': 'follow-up tasks',
    suivi: 'follow-up tasks',
    'leçons apprises': 'lessons learned',
    'candidats de spawn': 'spawncandidates',
    porte: 'gate',
    résultat: 'result'
  },
  statuses: {
    terminé: 'complete',
    terminée: 'complete',
    fait: 'complete',
    achevé: 'complete',
    partiel: 'partial',
    partielle: 'partial',
    bloqué: 'blocked',
    bloquée: 'blocked',
    échoué: 'blocked',
    'en cours': 'in-progress',
    'à faire': 'todo'
  },
  none: ['aucun', 'aucune', 'néant', 'rien']
}

const ES: Language = {
  names: {
    estado: 'status',
    rol: 'role',
    resumen: 'summary',
    'resumen ejecutivo': 'executive summary',
    'archivos tocados': 'files touched',
    'archivos modificados': 'files changed',
    creados: 'created',
    modificados: 'modified',
    eliminados: 'deleted',
    bloqueos: 'blockers',
    bloqueadores: 'blockers',
    'resultados de las puertas iosm': 'iosm quality gate results',
    'puertas de calidad': 'quality gates',
    'depende de': 'depends on',
    toca: 'touches',
    objetivo: 'goal',
    'tareas de seguimiento': 'follow-up tasks',
    'lecciones aprendidas': 'lessons learned',
    puerta: 'gate',
    puntuación: 'score',
    resultado: 'result'
  },
  statuses: {
    completado: 'complete',
    completada: 'complete',
    terminado: 'complete',
    hecho: 'complete',
    parcial: 'partial',
    bloqueado: 'blocked',
    bloqueada: 'blocked',
    fallido: 'blocked',
    'en progreso': 'in-progress',
    pendiente: 'todo'
  },
  none: ['ninguno', 'ninguna', 'nada']
}

const DE: Language = {
  names: {
    rolle: 'role',
    zusammenfassung: 'summary',
    'berührte dateien': 'files touched',
    'geänderte dateien': 'files changed',
    erstellt: 'created',
    geändert: 'modified',
    gelöscht: 'deleted',
    blocker: 'blockers',
    'iosm-gate-ergebnisse': 'iosm quality gate results',
    'iosm gate-ergebnisse': 'iosm quality gate results',
    qualitätsgates: 'quality gates',
    'hängt ab von': 'depends on',
    abhängigkeiten: 'depends on',
    berührt: 'touches',
    ziel: 'goal',
    folgeaufgaben: 'follow-up tasks',
    'gelernte lektionen': 'lessons learned',
    erkenntnisse: 'lessons learned',
    bewertung: 'score',
    punktzahl: 'score',
    ergebnis: 'result'
  },
  statuses: {
    erledigt: 'complete',
    abgeschlossen: 'complete',
    fertig: 'complete',
    teilweise: 'partial',
    blockiert: 'blocked',
    fehlgeschlagen: 'blocked',
    'in bearbeitung': 'in-progress',
    offen: 'todo'
  },
  none: ['keine', 'keiner', 'nichts']
}

const PT: Language = {
  names: {
    estado: 'status',
    situação: 'status',
    papel: 'role',
    função: 'role',
    resumo: 'summary',
    'arquivos tocados': 'files touched',
    'arquivos modificados': 'files changed',
    'ficheiros modificados': 'files changed',
    criados: 'created',
    modificados: 'modified',
    excluídos: 'deleted',
    removidos: 'deleted',
    bloqueios: 'blockers',
    bloqueadores: 'blockers',
    'resultados dos portões iosm': 'iosm quality gate results',
    'portões de qualidade': 'quality gates',
    'depende de': 'depends on',
    toca: 'touches',
    objetivo: 'goal',
    'tarefas de acompanhamento': 'follow-up tasks',
    'lições aprendidas': 'lessons learned',
    portão: 'gate',
    pontuação: 'score',
    resultado: 'result'
  },
  statuses: {
    concluído: 'complete',
    concluída: 'complete',
    completo: 'complete',
    feito: 'complete',
    parcial: 'partial',
    bloqueado: 'blocked',
    falhou: 'blocked',
    'em andamento': 'in-progress',
    pendente: 'todo'
  },
  none: ['nenhum', 'nenhuma', 'nada']
}

const RU: Language = {
  names: {
    статус: 'status',
    состояние: 'status',
    роль: 'role',
    резюме: 'summary',
    'краткое описание': 'summary',
    итоги: 'summary',
    'затронутые файлы': 'files touched',
    'изменённые файлы': 'files changed',
    'измененные файлы': 'files changed',
    созданы: 'created',
    созданные: 'created',
    изменены: 'modified',
    изменённые: 'modified',
    измененные: 'modified',
    удалены: 'deleted',
    удалённые: 'deleted',
    блокеры: 'blockers',
    блокирующие: 'blockers',
    'результаты iosm-гейтов': 'iosm quality gate results',
    'результаты гейтов iosm': 'iosm quality gate results',
    'гейты качества': 'quality gates',
    'зависит от': 'depends on',
    зависимости: 'depends on',
    затрагивает: 'touches',
    цель: 'goal',
    'последующие задачи': 'follow-up tasks',
    'извлечённые уроки': 'lessons learned',
    уроки: 'lessons learned',
    гейт: 'gate',
    оценка: 'score',
    балл: 'score',
    результат: 'result'
  },
  statuses: {
    выполнено: 'complete',
    выполнена: 'complete',
    готово: 'complete',
    завершено: 'complete',
    частично: 'partial',
    заблокировано: 'blocked',
    заблокирована: 'blocked',
    провалено: 'blocked',
    'в работе': 'in-progress',
    'к выполнению': 'todo'
  },
  none: ['нет', 'отсутствуют', 'ничего']
}

export const LANGUAGES: Readonly<Record<string, Language>> = {
  fr: FR,
  es: ES,
  de: DE,
  pt: PT,
  ru: RU
}

function merged<T>(pick: (l: Language) => Record<string, T>): Map<string, T> {
  const out = new Map<string, T>()
  for (const lang of Object.values(LANGUAGES)) {
    for (const [local, value] of Object.entries(pick(lang)))
      if (!out.has(local)) out.set(local, value)
  }
  return out
}

const NAMES = merged(l => l.names)
const STATUSES = merged(l => l.statuses)
const NONE = new Set(Object.values(LANGUAGES).flatMap(l => l.none))

/** The English name of a normalised heading or label written in another language, else the name itself. */
export function englishName(key: string): string {
  return NAMES.get(key) ?? key
}

/** The status a value in another language starts with (`Terminé`, `Выполнено ✅`), or null. */
export function localStatus(text: string): TaskStatus | null {
  const t = text.trim().toLowerCase()
  const words = t.split(/[\s.,;:!()]+/).filter(w => w !== '')
  const one = words[0]
  if (one === undefined) return null
  const two = words.length > 1 ? `${one} ${words[1]}` : null
  return (two !== null ? STATUSES.get(two) : undefined) ?? STATUSES.get(one) ?? null
}

/** Lower-case first letters of the words isLocalNone takes. */
export function localNoneInitials(): ReadonlySet<string> {
  noneInitials ??= new Set([...NONE].map(w => w.charAt(0)))
  return noneInitials
}

let noneInitials: Set<string> | null = null

/** A value that says "nothing" in another language (`Нет`, `Aucun.`). */
export function isLocalNone(text: string): boolean {
  return NONE.has(trimEnd(text.trim().toLowerCase()))
}

function trimEnd(text: string): string {
  let end = text.length
  while (end > 0 && '.!'.includes(text.charAt(end - 1))) end--
  return text.slice(0, end)
}
