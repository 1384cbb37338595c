


package file

import (
	"testing"

	"github.com/stretchr/testify/assert"
)







































