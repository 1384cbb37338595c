




package template





