


package tfexec

import (
	"fmt"
	"log"
	"os"
	"os/signal"
	"time"
)













