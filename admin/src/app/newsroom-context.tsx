import { createContext, useContext } from 'react'
import type { Desk, Section, Settings, User } from '../api/types.ts'

/** What every screen needs once signed in: who one is, the desks, the sections, and the paper's zone. */
export interface Newsroom {
  user: User
  desks: Desk[]
  sections: Section[]
  settings: Settings
}

export const NewsroomContext = createContext<Newsroom | null>(null)

export function useNewsroom(): Newsroom {
  const value = useContext(NewsroomContext)
  if (!value) throw new Error('useNewsroom() outside a signed-in screen')
  return value
}

/** The user's own desks first (in the API's order), then the others. */
export function desksInOrder(desks: readonly Desk[], user: User): { own: Desk[]; other: Desk[] } {
  const mine = new Set(user.deskIds)
  return { own: desks.filter((d) => mine.has(d.id)), other: desks.filter((d) => !mine.has(d.id)) }
}
