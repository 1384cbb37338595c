/** @type {import('ts-jest').JestConfigWithTsJest} */







