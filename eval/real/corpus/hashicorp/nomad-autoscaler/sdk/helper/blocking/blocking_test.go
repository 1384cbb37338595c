


package blocking

import (
	"testing"

	"github.com/stretchr/testify/assert"
)





























