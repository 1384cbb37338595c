




package config




