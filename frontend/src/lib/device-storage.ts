/**
 * What the app keeps in this browser's localStorage (text not yet saved to the server), all under one prefix, so
 * that signing out can forget it: a shared computer must not keep a family's details after its user has gone.
 */
const PREFIX = 'teamaround.'

export function deviceKey(name: string): string {
  return PREFIX + name
}

export function forgetDeviceData(): void {
  const keys = Array.from({ length: window.localStorage.length }, (_, index) => window.localStorage.key(index))
  keys.filter((key): key is string => key?.startsWith(PREFIX) ?? false).forEach((key) => window.localStorage.removeItem(key))
}
