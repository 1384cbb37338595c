





package main

import (
	"os"
)



