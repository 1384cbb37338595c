


package tfexec

import (
	"bytes"
	"context"
	"log"
	"strings"
	"testing"
	"time"
)


























