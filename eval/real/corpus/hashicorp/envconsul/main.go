


package main

import (
	"math/rand"
	"os"
	"time"
)











