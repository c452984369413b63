import { describe, expect, it } from 'vitest'
import { formatDisplayName } from '../../src/internal/email-display-name.js'

describe('formatDisplayName', () => {
  it.each([
    ['Awesome App', 'Awesome App'],
    ["O'Brien & Sons", "O'Brien & Sons"],
    ['a+b-c/d=e?f^g_h`i{j|k}l~m!n#o$p%q*r', 'a+b-c/d=e?f^g_h`i{j|k}l~m!n#o$p%q*r'],
    ['"Already, quoted"', '"Already, quoted"'],
    ['myname@mycompany.com', '"myname@mycompany.com"'],
    ['Foo "Bar" \\Baz', '"Foo \\"Bar\\" \\\\Baz"'],
    ['John (Admin) <x>', '"John (Admin) <x>"'],
    ['semi;colon', '"semi;colon"'],
    ['Doe, John', '"Doe, John"'],
    ['Example Inc.', '"Example Inc."'],
    ['あいう', '=?UTF-8?B?44GC44GE44GG?='],
    ['Tab\there', `=?UTF-8?B?${Buffer.from('Tab\there').toString('base64')}?=`],
    ['Café', `=?UTF-8?B?${Buffer.from('Café').toString('base64')}?=`],
  ])('%j → %j', (name, expected) => {
    expect(formatDisplayName(name)).toBe(expected)
  })
})
