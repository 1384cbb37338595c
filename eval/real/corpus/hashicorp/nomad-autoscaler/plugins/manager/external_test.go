


package manager

import (
	"testing"

	"github.com/stretchr/testify/assert"
)














