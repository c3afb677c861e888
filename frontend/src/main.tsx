import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { start } from './app/start'
import './app/styles.scss'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
document.body.classList.add('js-enabled', 'govuk-frontend-supported')
const root = createRoot(container)

void start((page) => root.render(<StrictMode>{page}</StrictMode>))
