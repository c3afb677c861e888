// The few plain calls the bench makes outside a measurement: setting up what the operations need.
export async function call(backendUrl, authorization, method, path, body) {
  const response = await fetch(backendUrl + path, {
    method,
    headers: { Authorization: authorization, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return response.json()
}

/** Today in the service's time zone, as the API's dates are. */
export function londonToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date())
}
