


package flag

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)







































