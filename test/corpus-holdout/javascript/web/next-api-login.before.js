import { serialize } from 'cookie'
import { exchangeCode } from '../../../lib/oauth'

const SAFE_PATH = /^\/(?!\/)[\w\-/?=&%.]*$/
